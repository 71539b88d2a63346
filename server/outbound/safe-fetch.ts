import "server-only";
import dns from "node:dns";
import http from "node:http";
import https from "node:https";
import { isIP, type LookupFunction } from "node:net";
import type { Readable } from "node:stream";
import zlib from "node:zlib";
import { AppError } from "@/server/platform/errors";
import { env } from "@/server/platform/env";
import { hostKey, nonPublicRange } from "./address-policy";

// The one way Hindsight reads the web (issue 15). A URL from an editor or a
// feed is untrusted: every hop (the first request and each redirect) is
// checked — http(s) only, no credentials, and the addresses its name resolves
// to must all be public, checked inside the socket's own DNS lookup so the
// address connected to is the address checked (no second resolution to
// rebind). Time, decoded size, redirects and content types are capped.

export type RefusalReason = "url" | "private-address" | "redirects" | "timeout" | "too-large" | "content-type" | "network";

/** A fetch refused or failed: a 422 with the reason in `details`, nothing stored. */
export class FetchRefused extends AppError {
  constructor(
    readonly reason: RefusalReason,
    message: string,
  ) {
    super("invalid", message, { url: [message] }, { reason });
  }
}

export type Fetched = {
  /** What was asked for, and where the last redirect led. */
  url: string;
  finalUrl: string;
  status: number;
  /** As received, in order, duplicates kept. */
  headers: [string, string][];
  contentType: string | null;
  /** The decoded body (after Content-Encoding). */
  body: Buffer;
  fetchedAt: Date;
  durationMs: number;
};

export type FetchOptions = {
  /** Media types accepted from a 2xx answer; "any" takes whatever comes (a webhook's receiver). */
  accept?: readonly string[] | "any";
  /** A POST with this body and these headers instead of a GET (webhook deliveries); never redirected. */
  post?: { body: string; headers: Record<string, string> };
  timeoutMs?: number;
  maxBytes?: number;
  maxRedirects?: number;
  /** Hosts that may resolve to private addresses (HINDSIGHT_FETCH_ALLOW_PRIVATE_HOSTS). */
  allowPrivateHosts?: readonly string[];
  /** DNS, for tests that need a name resolving to a given address. */
  resolve?: typeof dns.lookup;
};

const HTML_TYPES = ["text/html", "application/xhtml+xml"] as const;
export const USER_AGENT = `Hindsight/0.1 (fact-checking archive; +${new URL(env.HINDSIGHT_SITE_URL).origin})`;
const REDIRECTS = new Set([301, 302, 303, 307, 308]);

class PrivateAddress extends Error {}

/** DNS lookup that fails when any address of the name is not public. */
function guardedLookup(allowed: boolean, resolve: typeof dns.lookup): LookupFunction {
  return (hostname, options, callback) => {
    resolve(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, "", 0);
      const list = addresses as unknown as dns.LookupAddress[];
      const bad = allowed ? undefined : list.find((a) => nonPublicRange(a.address));
      if (bad) {
        const message = `${hostname} resolves to ${bad.address}, not a public address (${nonPublicRange(bad.address)})`;
        return callback(new PrivateAddress(message) as NodeJS.ErrnoException, "", 0);
      }
      if (options.all) (callback as unknown as (e: null, a: dns.LookupAddress[]) => void)(null, list);
      else callback(null, list[0]!.address, list[0]!.family);
    });
  };
}

/** Refuses a URL the fetcher would refuse before connecting (scheme, credentials, a literal private address); true when its host is allow-listed. */
export function checkUrl(url: URL, allowList: readonly string[] = env.HINDSIGHT_FETCH_ALLOW_PRIVATE_HOSTS): boolean {
  if (url.protocol !== "http:" && url.protocol !== "https:") throw new FetchRefused("url", `Only http and https addresses can be fetched, not ${url.protocol}`);
  if (url.username || url.password) throw new FetchRefused("url", "Addresses with a user name or password are not fetched.");
  const host = hostKey(url);
  const allowed = allowList.includes(host);
  if (!allowed && isIP(host)) {
    const range = nonPublicRange(host);
    if (range) throw new FetchRefused("private-address", `Refused: ${host} is not a public address (${range}).`);
  }
  return allowed;
}

function request(url: URL, allowed: boolean, options: Required<Pick<FetchOptions, "resolve">> & Pick<FetchOptions, "post">, signal: AbortSignal) {
  return new Promise<http.IncomingMessage>((resolve, reject) => {
    const req = (url.protocol === "https:" ? https : http).request(url, {
      method: options.post ? "POST" : "GET",
      signal,
      agent: false,
      lookup: guardedLookup(allowed, options.resolve),
      headers: {
        "user-agent": USER_AGENT,
        accept: "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1",
        "accept-encoding": "gzip, deflate, br",
        ...options.post?.headers,
      },
    });
    req.on("response", resolve);
    req.on("error", reject);
    req.end(options.post?.body);
  });
}

function decoded(res: http.IncomingMessage): Readable {
  const encoding = (res.headers["content-encoding"] ?? "").trim().toLowerCase();
  if (encoding === "gzip" || encoding === "x-gzip") return res.pipe(zlib.createGunzip());
  if (encoding === "deflate") return res.pipe(zlib.createInflate());
  if (encoding === "br") return res.pipe(zlib.createBrotliDecompress());
  return res;
}

/** Reads a body, refusing it at the first byte past the cap (a decompression bomb stops there too). */
async function readCapped(stream: Readable, maxBytes: number): Promise<Buffer> {
  const parts: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) {
      stream.destroy();
      throw new FetchRefused("too-large", `The page is larger than ${formatBytes(maxBytes)}.`);
    }
    parts.push(chunk as Buffer);
  }
  return Buffer.concat(parts);
}

const formatBytes = (n: number) => (n >= 2 ** 20 ? `${Math.round(n / 2 ** 20)} MiB` : `${Math.round(n / 1024)} KiB`);

export async function safeFetch(input: string, options: FetchOptions = {}): Promise<Fetched> {
  const timeoutMs = options.timeoutMs ?? env.HINDSIGHT_FETCH_TIMEOUT_MS;
  const maxBytes = options.maxBytes ?? env.HINDSIGHT_FETCH_MAX_BYTES;
  const maxRedirects = options.post ? 0 : (options.maxRedirects ?? env.HINDSIGHT_FETCH_MAX_REDIRECTS);
  const allowList = options.allowPrivateHosts ?? env.HINDSIGHT_FETCH_ALLOW_PRIVATE_HOSTS;
  const accept = options.accept ?? HTML_TYPES;
  const resolve = options.resolve ?? dns.lookup;

  let url: URL;
  try {
    url = new URL(input);
  } catch {
    throw new FetchRefused("url", "This is not a web address (it should start with https://).");
  }
  const fetchedAt = new Date();
  const started = performance.now();
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    for (let hop = 0; ; hop++) {
      const allowed = checkUrl(url, allowList);
      const res = await request(url, allowed, { resolve, post: options.post }, controller.signal);
      const status = res.statusCode ?? 0;
      const location = res.headers.location;
      if (REDIRECTS.has(status) && location) {
        res.resume();
        if (hop >= maxRedirects) throw new FetchRefused("redirects", `More than ${maxRedirects} redirects; stopped at ${url.href}.`);
        url = new URL(location, url);
        continue;
      }
      const contentType = res.headers["content-type"]?.split(";")[0]!.trim().toLowerCase() || null;
      if (status >= 200 && status < 300 && accept !== "any" && !accept.includes(contentType ?? "")) {
        res.destroy();
        throw new FetchRefused(
          "content-type",
          `The address answers ${contentType ?? "without a content type"}, not a web page Hindsight can read (${accept.join(", ")}).`,
        );
      }
      if (Number(res.headers["content-length"]) > maxBytes) {
        res.destroy();
        throw new FetchRefused("too-large", `The page is larger than ${formatBytes(maxBytes)}.`);
      }
      const body = await readCapped(decoded(res), maxBytes);
      const headers: [string, string][] = [];
      for (let i = 0; i < res.rawHeaders.length; i += 2) headers.push([res.rawHeaders[i]!, res.rawHeaders[i + 1]!]);
      return { url: input, finalUrl: url.href, status, headers, contentType, body, fetchedAt, durationMs: Math.round(performance.now() - started) };
    }
  } catch (error) {
    if (error instanceof FetchRefused) throw error;
    if (controller.signal.aborted) throw new FetchRefused("timeout", `The site did not answer in full within ${timeoutMs / 1000} s.`);
    if (error instanceof PrivateAddress) throw new FetchRefused("private-address", `Refused: ${error.message}.`);
    const code = (error as NodeJS.ErrnoException).code;
    throw new FetchRefused(
      "network",
      code === "ENOTFOUND" ? `The site ${url.hostname} was not found.` : `The site could not be reached (${code ?? (error as Error).message}).`,
    );
  } finally {
    clearTimeout(timer);
  }
}
