import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { db } from "@/server/platform/db";
import { captureBody, storeCapture } from "./capture-store";
import type { Fetched } from "@/server/outbound/safe-fetch";

const fetched = (body: string, at = "2026-12-01T10:00:00Z"): Fetched => ({
  url: "https://news.example/a",
  finalUrl: "https://news.example/a?amp=0",
  status: 200,
  headers: [
    ["Content-Type", "text/html"],
    ["Set-Cookie", "a=1"],
    ["Set-Cookie", "b=2"],
  ],
  contentType: "text/html",
  body: Buffer.from(body),
  fetchedAt: new Date(at),
  durationMs: 42,
});

describe("capture store", () => {
  it("keeps the body gzipped under its SHA-256 and the response's facts in a row", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "captures-"));
    const html = `<html><body><p>${"Le rédacteur a écrit ceci. ".repeat(200)}</p></body></html>`;
    const stored = await storeCapture(fetched(html), { userId: null }, dir);

    const file = path.join(dir, stored.sha256.slice(0, 2), `${stored.sha256}.gz`);
    expect(gunzipSync(readFileSync(file)).toString("utf8")).toBe(html);
    expect(stored.size).toBe(Buffer.byteLength(html));
    expect(stored.storedSize).toBeLessThan(stored.size / 10);
    expect((await captureBody(stored.sha256, dir)).toString("utf8")).toBe(html);

    const row = await db.capture.findUniqueOrThrow({ where: { id: stored.id } });
    expect(row).toMatchObject({
      url: "https://news.example/a",
      finalUrl: "https://news.example/a?amp=0",
      status: 200,
      contentType: "text/html",
      durationMs: 42,
    });
    expect(row.fetchedAt).toEqual(new Date("2026-12-01T10:00:00Z"));
    expect(JSON.parse(row.headers)).toEqual([
      ["Content-Type", "text/html"],
      ["Set-Cookie", "a=1"],
      ["Set-Cookie", "b=2"],
    ]);
  });

  it("stores the same bytes once, with one row per fetch", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "captures-"));
    const a = await storeCapture(fetched("<p>same</p>", "2026-12-01T10:00:00Z"), { userId: null }, dir);
    const b = await storeCapture(fetched("<p>same</p>", "2026-12-02T10:00:00Z"), { userId: null }, dir);
    const c = await storeCapture(fetched("<p>changed</p>"), { userId: null }, dir);
    expect(a.id).not.toBe(b.id);
    expect(a.sha256).toBe(b.sha256);
    expect(c.sha256).not.toBe(a.sha256);
    const files = readdirSync(dir, { recursive: true }).filter((f) => String(f).endsWith(".gz"));
    expect(files).toHaveLength(2);
  });
});
