import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// The rules of server/'s shape (docs/architecture.md) that no linter checks:
// domain folders of at most a dozen modules, each module server-only, and no
// import circle between folders (file-level circles are ESLint's
// import/no-cycle).

const SERVER = __dirname;
const MAX_MODULES = 12;

const folders = readdirSync(SERVER, { withFileTypes: true })
  .filter((e) => e.isDirectory() && e.name !== "generated")
  .map((e) => e.name);
const modulesOf = (folder: string) => readdirSync(path.join(SERVER, folder)).filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"));

describe("server/ layout", () => {
  it("keeps every module in a domain folder with a README, and no folder above a dozen modules", () => {
    expect(readdirSync(SERVER).filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"))).toEqual([]);
    for (const folder of folders) {
      expect(readdirSync(path.join(SERVER, folder)), folder).toContain("README.md");
      expect(modulesOf(folder).length, folder).toBeLessThanOrEqual(MAX_MODULES);
    }
  });

  it('starts every module with import "server-only" (db-shape.ts is types only)', () => {
    for (const folder of folders) {
      for (const file of modulesOf(folder)) {
        if (file === "db-shape.ts") continue;
        const first = readFileSync(path.join(SERVER, folder, file), "utf8")
          .split("\n")
          .find((l) => l.startsWith("import"));
        expect(first, `${folder}/${file}`).toBe('import "server-only";');
      }
    }
  });

  it("has no import circle between folders", () => {
    const edges = new Map<string, Set<string>>();
    for (const folder of folders) {
      const to = new Set<string>();
      for (const file of modulesOf(folder)) {
        const text = readFileSync(path.join(SERVER, folder, file), "utf8");
        for (const [, target] of text.matchAll(/from "@\/server\/([a-z-]+)\//g)) if (target !== folder && target !== "generated") to.add(target!);
      }
      edges.set(folder, to);
    }
    // Depth-first search for a path back to where it started.
    const circle = (start: string): string[] | null => {
      const walk = (at: string, trail: string[]): string[] | null => {
        for (const next of edges.get(at) ?? []) {
          if (next === start) return [...trail, next];
          if (!trail.includes(next)) {
            const found = walk(next, [...trail, next]);
            if (found) return found;
          }
        }
        return null;
      };
      return walk(start, [start]);
    };
    for (const folder of folders) expect(circle(folder), folder).toBeNull();
  });
  // Prisma compiles a relation `_count` in a select into a GROUP BY of the
  // whole child table joined to the rows: 40–100 ms per query at 100,000
  // claims, however few rows are read. Counts go through
  // server/platform/relation-counts.ts (or a groupBy on an indexed key) instead.
  it("counts related rows without a relation `_count` in a select", () => {
    // The desk's event list counts every event's claims: grouping the whole table is what it needs.
    const wholeTable = new Set(["articles/events.ts"]);
    const offenders = folders.flatMap((folder) =>
      modulesOf(folder)
        .filter((file) => !wholeTable.has(`${folder}/${file}`))
        .filter((file) => /_count:\s*(\{\s*select:|true)/.test(readFileSync(path.join(SERVER, folder, file), "utf8")))
        .map((file) => `${folder}/${file}`),
    );
    expect(offenders).toEqual([]);
  });
});
