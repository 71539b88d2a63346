import { readdirSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { revokeApiToken } from "@/server/auth/api-tokens";
import { db } from "@/server/platform/db";
import { signedIn } from "@/test/auth";

// Enumerates every route handler under app/api and shows that each mutating
// one (and each desk/admin read) refuses an anonymous request and a reader,
// and that admin-only ones refuse an editor. A new handler is covered the
// moment it exists; one that should be public must be listed below.

const API = path.resolve(__dirname);
const MUTATING = ["POST", "PUT", "PATCH", "DELETE"] as const;
// Public reads: the reader API, and the health check load balancers call (it says only ok or not).
const PUBLIC_READS = new Set(["v1/claims", "v1/claims/[id]", "v1/claims/export", "v1/events", "v1/outlets", "v1/rumors", "v1/rumors/[id]", "health"]);
// Better Auth's own endpoints do their own checks (sign-in must be anonymous).
const SKIP = new Set(["auth/[...all]"]);
const ADMIN_ONLY = (route: string) => route.startsWith("v1/admin/");

function routeFiles(dir = API, prefix = ""): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) return routeFiles(path.join(dir, entry.name), rel);
    return entry.name === "route.ts" ? [prefix] : [];
  });
}

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;
type Case = { route: string; method: string; handler: Handler; adminOnly: boolean };

async function collect(): Promise<Case[]> {
  const cases: Case[] = [];
  for (const route of routeFiles()) {
    if (SKIP.has(route)) continue;
    const mod = (await import(path.join(API, route, "route.ts"))) as Record<string, Handler>;
    for (const method of [...MUTATING, "GET"]) {
      const handler = mod[method];
      if (!handler) continue;
      if (method === "GET" && PUBLIC_READS.has(route)) continue;
      cases.push({ route, method, handler, adminOnly: ADMIN_ONLY(route) });
    }
  }
  return cases;
}

function call(c: Case, headers: Record<string, string> = {}) {
  const url = `http://test/api/${c.route.replace(/\[(\w+)\]/g, "some-$1")}`;
  const hasBody = c.method !== "GET" && c.method !== "DELETE";
  return c.handler(new Request(url, { method: c.method, headers: { "content-type": "application/json", ...headers }, body: hasBody ? "{}" : undefined }), {
    params: Promise.resolve({ id: "some-id" }),
  });
}

let cases: Case[] = [];
let editor: Record<string, string>;
let revoked: Record<string, string>;
let disabled: Record<string, string>;

beforeAll(async () => {
  cases = await collect();
  editor = (await signedIn("editor")).headers;
  const r = await signedIn("editor");
  await revokeApiToken((await db.apiToken.findFirstOrThrow({ where: { userId: r.user.id } })).id, null);
  revoked = r.headers;
  const d = await signedIn("editor");
  await db.user.update({ where: { id: d.user.id }, data: { disabledAt: new Date() } });
  disabled = d.headers;
});

describe("every protected route handler", () => {
  it("is found", () => {
    const mutating = cases.filter((c) => c.method !== "GET");
    expect(mutating.length).toBeGreaterThanOrEqual(14);
    expect(cases.some((c) => c.adminOnly)).toBe(true);
  });

  it("refuses an anonymous request with 401", async () => {
    for (const c of cases) {
      const response = await call(c);
      expect({ route: c.route, method: c.method, status: response.status }).toEqual({ route: c.route, method: c.method, status: 401 });
      expect((await response.json()).error.code).toBe("unauthorized");
    }
  });

  it("refuses an anonymous mutation with 401 before reading a malformed or oversized body", async () => {
    for (const c of cases.filter((c) => c.method !== "GET" && c.method !== "DELETE")) {
      const url = `http://test/api/${c.route.replace(/\[(\w+)\]/g, "some-$1")}`;
      for (const body of ["{ not json", "x".repeat(6 * 1024 * 1024)]) {
        const response = await c.handler(new Request(url, { method: c.method, headers: { "content-type": "application/json" }, body }), {
          params: Promise.resolve({ id: "some-id" }),
        });
        expect({ route: c.route, method: c.method, status: response.status }).toEqual({ route: c.route, method: c.method, status: 401 });
      }
    }
  });

  it("refuses a reader (a made-up session cookie, a revoked token, a disabled account) with 401", async () => {
    for (const c of cases) {
      for (const headers of [{ cookie: "better-auth.session_token=forged.value" }, revoked, disabled]) {
        const response = await call(c, headers);
        expect({ route: c.route, method: c.method, status: response.status }).toEqual({ route: c.route, method: c.method, status: 401 });
      }
    }
  });

  it("refuses an editor with 403 where an admin is required", async () => {
    for (const c of cases.filter((c) => c.adminOnly)) {
      const response = await call(c, editor);
      expect({ route: c.route, method: c.method, status: response.status }).toEqual({ route: c.route, method: c.method, status: 403 });
    }
  });

  it("refuses a cross-site cookie request with 403 before doing anything", async () => {
    for (const c of cases.filter((c) => c.method !== "GET")) {
      const response = await call(c, { cookie: "better-auth.session_token=x", origin: "https://evil.example", "sec-fetch-site": "cross-site" });
      expect({ route: c.route, status: response.status }).toEqual({ route: c.route, status: 403 });
    }
  });
});
