import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { AnyEndpoint } from "@/lib/contracts/endpoint";

// One definition per endpoint: every route handler under app/api/v1 serves
// exactly one contract of lib/contracts/api, and every contract of the v1
// API has its handler. (Better Auth's endpoints under /api/auth are served by
// its catch-all route.)

const CONTRACTS = path.resolve(__dirname, "../../lib/contracts/api");
const V1 = path.resolve(__dirname, "v1");
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"];

async function contracts(): Promise<(AnyEndpoint & { name: string })[]> {
  const out: (AnyEndpoint & { name: string })[] = [];
  for (const file of readdirSync(CONTRACTS).filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"))) {
    const mod = (await import(path.join(CONTRACTS, file))) as Record<string, unknown>;
    for (const [name, value] of Object.entries(mod)) {
      const ep = value as AnyEndpoint;
      if (ep && typeof ep === "object" && typeof ep.path === "string" && typeof ep.method === "string") out.push({ ...ep, name: `${file}:${name}` });
    }
  }
  return out;
}

async function handlers(dir = V1, route = "/api/v1"): Promise<string[]> {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) out.push(...(await handlers(path.join(dir, entry.name), `${route}/${entry.name}`)));
    else if (entry.name === "route.ts") {
      const mod = (await import(path.join(dir, entry.name))) as Record<string, unknown>;
      for (const method of METHODS) if (typeof mod[method] === "function") out.push(`${method} ${route}`);
    }
  }
  return out;
}

describe("endpoint contracts", () => {
  it("declares each endpoint once, and every v1 handler serves exactly the contracts", async () => {
    const all = await contracts();
    const keys = all.map((c) => `${c.method} ${c.path}`);
    expect(new Set(keys).size, "an endpoint declared twice").toBe(keys.length);
    const v1 = keys.filter((k) => k.includes(" /api/v1/")).sort();
    expect((await handlers()).sort()).toEqual(v1);
  });
});
