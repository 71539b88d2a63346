import { describe, expect, it } from "vitest";
import { clientAddress, parseTrustedProxies } from "./client-address.mjs";

const none = parseTrustedProxies("");

describe("clientAddress", () => {
  it("by default is the socket's address, whatever X-Forwarded-For says", () => {
    expect(clientAddress("203.0.113.7", "198.51.100.1", none)).toBe("203.0.113.7");
    expect(clientAddress("::ffff:203.0.113.7", "1.1.1.1, 2.2.2.2", none)).toBe("203.0.113.7");
  });

  it("believes only trusted proxies, walking back past them to the first untrusted hop", () => {
    const trust = parseTrustedProxies("10.0.0.0/24, fd00::1");
    // A client that forged a header in front of the proxy gets its own address, not the forgery.
    expect(clientAddress("10.0.0.5", "6.6.6.6, 203.0.113.7", trust)).toBe("203.0.113.7");
    expect(clientAddress("fd00::1", "203.0.113.8, 10.0.0.9", trust)).toBe("203.0.113.8");
    // Not through the proxy: the header is not believed.
    expect(clientAddress("203.0.113.9", "6.6.6.6", trust)).toBe("203.0.113.9");
    // Junk in the chain ends the walk at the hop that reported it.
    expect(clientAddress("10.0.0.5", "not-an-ip", trust)).toBe("10.0.0.5");
    expect(clientAddress("10.0.0.5", undefined, trust)).toBe("10.0.0.5");
  });

  it("with a count, trusts that many hops and no more", () => {
    const one = parseTrustedProxies("1");
    expect(clientAddress("10.0.0.5", "6.6.6.6, 203.0.113.7", one)).toBe("203.0.113.7");
    expect(clientAddress("10.0.0.5", "", one)).toBe("10.0.0.5");
    expect(clientAddress("10.0.0.5", ["6.6.6.6", "203.0.113.7"], parseTrustedProxies("2"))).toBe("6.6.6.6");
  });

  it("refuses settings that are neither addresses nor a count", () => {
    expect(() => parseTrustedProxies("10.0.0.0/33")).toThrow(/not an IP address or CIDR range/);
    expect(() => parseTrustedProxies("*")).toThrow(/HINDSIGHT_TRUSTED_PROXIES/);
    expect(() => parseTrustedProxies("99")).toThrow(/not plausible/);
  });
});
