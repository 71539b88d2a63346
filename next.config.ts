import type { NextConfig } from "next";
import { STATIC_SECURITY_HEADERS } from "./lib/security-headers";

const nextConfig: NextConfig = {
  // better-sqlite3 is a native addon: load it from node_modules at run time
  // instead of bundling it.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3"],
  poweredByHeader: false,
  typedRoutes: true,
  // proxy.ts must see the RSC headers and `_rsc` of router fetches, so it never
  // answers one with a cached HTML page (docs/decisions/0026-shared-cache-and-static-csp.md).
  skipProxyUrlNormalize: true,
  async headers() {
    return [{ source: "/:path*", headers: [...STATIC_SECURITY_HEADERS] }];
  },
};

export default nextConfig;
