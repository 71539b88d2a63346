// The PostgreSQL schema is generated from the SQLite one; this fails when
// someone edits prisma/schema.prisma and forgets `npm run db:schemas`.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { SOURCE, TARGET, toPostgres } from "./db-schemas.mjs";

describe("npm run db:schemas", () => {
  const source = readFileSync(SOURCE, "utf8");

  it("the committed PostgreSQL schema is what the command writes", () => {
    expect(readFileSync(TARGET, "utf8"), "prisma/postgresql/schema.prisma is stale: run `npm run db:schemas`").toBe(toPostgres(source));
  });

  it("swaps the provider and the client's output, and adds the search vectors", () => {
    const pg = toPostgres(source);
    expect(pg).toContain('provider = "postgresql"');
    expect(pg).not.toContain('provider = "sqlite"');
    expect(pg).toContain('output       = "../../server/generated/prisma-pg"');
    expect(pg.match(/searchVector Unsupported\("tsvector"\)/g)).toHaveLength(2);
  });

  it("keeps every model and enum of the source", () => {
    const names = (text: string) => [...text.matchAll(/^(model|enum) (\w+) \{/gm)].map((m) => m[2]);
    expect(names(toPostgres(source))).toEqual(names(source));
  });
});
