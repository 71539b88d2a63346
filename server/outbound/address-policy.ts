import "server-only";
import ipaddr from "ipaddr.js";

// Which addresses the fetcher may connect to: public unicast only. ipaddr.js
// names the special ranges (loopback, private, linkLocal — where the cloud
// metadata address 169.254.169.254 lives —, uniqueLocal fc00::/7,
// unspecified, carrierGradeNat, multicast, reserved…); anything it does not
// call "unicast" is refused. IPv4 carried inside IPv6 (::ffff:127.0.0.1,
// 6to4, NAT64, Teredo) is refused whatever it carries: a news site has no
// need of those forms, and unwrapping each one is a place to get wrong.

/** The special range an address is in ("loopback", "private", "linkLocal"…), or null when it is public. */
export function nonPublicRange(address: string): string | null {
  if (!ipaddr.isValid(address)) return "not an IP address";
  const range = ipaddr.parse(address).range();
  return range === "unicast" ? null : range;
}

/** The host of a URL as the allow-list compares it: lower case, IPv6 without brackets. */
export const hostKey = (url: URL) => url.hostname.toLowerCase().replace(/^\[(.*)\]$/, "$1");
