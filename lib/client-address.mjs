// Who is on the other end of a request: the socket's address, or what the
// trusted reverse proxies in front of us say (X-Forwarded-For), never what a
// client says about itself. Shared by the HTTP server (scripts/serve.mjs,
// plain .mjs) and the settings check (server/platform/env.ts). Node-only.
import { BlockList, isIP } from "node:net";

/** The request header scripts/serve.mjs sets (dropping any client's) and Better Auth's limiter keys on. */
export const CLIENT_ADDRESS_HEADER = "x-hindsight-client-address";

const bare = (address) => {
  const a = String(address ?? "").trim();
  // IPv4 clients on a dual-stack socket show as ::ffff:a.b.c.d.
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(a);
  return mapped ? mapped[1] : a;
};

/**
 * HINDSIGHT_TRUSTED_PROXIES: empty (the default) trusts no forwarded header;
 * a number N trusts that many proxies in front of the server; otherwise a
 * comma-separated list of proxy addresses or CIDR ranges. Throws on a bad entry.
 */
export function parseTrustedProxies(value) {
  const text = String(value ?? "").trim();
  if (text === "") return { hops: 0, list: null };
  if (/^\d+$/.test(text)) {
    const hops = Number(text);
    if (hops > 10) throw new Error(`HINDSIGHT_TRUSTED_PROXIES: ${hops} proxies in a row is not plausible; give at most 10, or their addresses.`);
    return { hops, list: null };
  }
  const list = new BlockList();
  for (const entry of text.split(",").map((e) => e.trim())) {
    const [address, prefix, extra] = entry.split("/");
    const family = isIP(bare(address));
    const bits = prefix === undefined ? (family === 6 ? 128 : 32) : /^\d+$/.test(prefix) ? Number(prefix) : NaN;
    if (!family || extra !== undefined || !(bits >= 0 && bits <= (family === 6 ? 128 : 32))) {
      throw new Error(
        `HINDSIGHT_TRUSTED_PROXIES: "${entry}" is not an IP address or CIDR range (e.g. 10.0.0.5, 10.0.0.0/24, fd00::/8), nor a number of proxies.`,
      );
    }
    list.addSubnet(bare(address), bits, family === 6 ? "ipv6" : "ipv4");
  }
  return { hops: 0, list };
}

const trusted = (list, address) => {
  const family = isIP(address);
  return family !== 0 && list.check(address, family === 6 ? "ipv6" : "ipv4");
};

/**
 * The client's address: the socket's, unless it is a trusted proxy; then the
 * X-Forwarded-For chain is walked from the nearest hop back past trusted
 * proxies (or past `hops` of them). An entry that is no address ends the walk
 * at the hop that reported it.
 */
export function clientAddress(socketAddress, forwardedFor, trust) {
  const chain = [bare(socketAddress)];
  if (trust.hops > 0 || trust.list) {
    const forwarded = Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? "");
    chain.push(...forwarded.split(",").map(bare).filter(Boolean).reverse());
  }
  let i = 0;
  while (i < chain.length - 1 && (trust.list ? trusted(trust.list, chain[i]) : i < trust.hops)) {
    if (!isIP(chain[i + 1])) break;
    i++;
  }
  return chain[i];
}
