import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { storePage } from "./page-cache";
import { createPageServer } from "./page-server";
import { readerChanged, readerGeneration } from "./reader-cache";

// The page cache (ADR 0015) is only as fresh as readerGeneration(): it must
// move on this process's writes and on commits from any other connection.
function otherProcessCommits() {
  const file = process.env.DATABASE_URL!.replace(/^file:/, "");
  const other = new Database(file);
  other.pragma("user_version = " + (Number(other.pragma("user_version", { simple: true })) + 1));
  other.close();
}

// SQLite only: on PostgreSQL there is no shared generation yet, so the caches
// stay off there (server/reader-cache.ts) and there is nothing to invalidate.
const onSqlite = (process.env.DATABASE_URL ?? "file:").startsWith("file:");

describe.skipIf(!onSqlite)("readerGeneration", () => {
  it("moves on readerChanged() and on a commit by another connection, and only then", () => {
    const first = readerGeneration();
    expect(first).not.toBeNull();
    expect(readerGeneration()).toBe(first);
    readerChanged({ claimIds: ["c1"] });
    const second = readerGeneration();
    expect(second).not.toBe(first);
    otherProcessCommits();
    expect(readerGeneration()).not.toBe(second);
  });

  it("makes the page cache render again after another process's write", async () => {
    let renders = 0;
    const pages = createPageServer({
      maxBytes: 1 << 20,
      generation: readerGeneration,
      render: async () => storePage(`render ${++renders}`, "PH", [["content-type", "text/html"]]),
    });
    expect((await pages.serve("/", "n"))?.body.toString()).toBe("render 1");
    expect((await pages.serve("/", "n"))?.hit).toBe(true);
    otherProcessCommits();
    expect((await pages.serve("/", "n"))?.body.toString()).toBe("render 2");
    readerChanged();
    expect((await pages.serve("/", "n"))?.body.toString()).toBe("render 3");
  });
});
