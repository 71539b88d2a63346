import { afterEach, describe, expect, it, vi } from "vitest";

// server/platform/env.ts validates once, at import: each case imports it afresh.
async function loadWith(vars: Record<string, string | undefined>) {
  vi.resetModules();
  for (const [name, value] of Object.entries(vars)) vi.stubEnv(name, value);
  return import("./env");
}

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

describe("BETTER_AUTH_SECRET on PostgreSQL", () => {
  const pg = { DATABASE_URL: "postgresql://app@db.internal/hindsight", NODE_ENV: "production" };

  it("is required of a production server, with a message that says what to do", async () => {
    await expect(loadWith({ ...pg, BETTER_AUTH_SECRET: undefined })).rejects.toThrow(
      /BETTER_AUTH_SECRET: On PostgreSQL every app server must be given the same secret/,
    );
    await expect(loadWith({ ...pg, BETTER_AUTH_SECRET: "too-short" })).rejects.toThrow(/at least 32 characters/);
    await expect(loadWith({ ...pg, BETTER_AUTH_SECRET: "x".repeat(32) })).resolves.toBeTruthy();
  });

  it("is not required on SQLite, outside production, or while building", async () => {
    await expect(loadWith({ DATABASE_URL: "file:./data/x.db", NODE_ENV: "production", BETTER_AUTH_SECRET: undefined })).resolves.toBeTruthy();
    await expect(loadWith({ ...pg, NODE_ENV: "development", BETTER_AUTH_SECRET: undefined })).resolves.toBeTruthy();
    await expect(loadWith({ ...pg, NEXT_PHASE: "phase-production-build", BETTER_AUTH_SECRET: undefined })).resolves.toBeTruthy();
  });
});

describe("HINDSIGHT_READER_CACHE", () => {
  it("is on unless set to off", async () => {
    expect((await loadWith({ HINDSIGHT_READER_CACHE: undefined })).env.HINDSIGHT_READER_CACHE).toBe("on");
    expect((await loadWith({ HINDSIGHT_READER_CACHE: "off" })).env.HINDSIGHT_READER_CACHE).toBe("off");
    await expect(loadWith({ HINDSIGHT_READER_CACHE: "maybe" })).rejects.toThrow(/HINDSIGHT_READER_CACHE/);
  });
});

describe("shared cache settings (ADR 0026)", () => {
  it("default to a minute of s-maxage and no purge, and refuse what would break the hook", async () => {
    const { env } = await loadWith({ HINDSIGHT_SHARED_MAX_AGE: undefined, HINDSIGHT_PURGE_URLS: undefined });
    expect([env.HINDSIGHT_SHARED_MAX_AGE, env.HINDSIGHT_STALE_WHILE_REVALIDATE, env.HINDSIGHT_PURGE_URLS, env.HINDSIGHT_PURGE_METHOD]).toEqual([
      60,
      60,
      [],
      "POST",
    ]);
    const set = await loadWith({
      HINDSIGHT_PURGE_URLS: " http://cache.internal/{path} , https://api.cdn.example/purge ",
      HINDSIGHT_PURGE_HEADER: "X-Hindsight-Refresh: 1",
    });
    expect(set.env.HINDSIGHT_PURGE_URLS).toEqual(["http://cache.internal/{path}", "https://api.cdn.example/purge"]);
    await expect(loadWith({ HINDSIGHT_PURGE_URLS: "cache.internal/purge" })).rejects.toThrow(/HINDSIGHT_PURGE_URLS/);
    await expect(loadWith({ HINDSIGHT_PURGE_URLS: "ftp://cache.internal/" })).rejects.toThrow(/HINDSIGHT_PURGE_URLS/);
    await expect(loadWith({ HINDSIGHT_PURGE_HEADER: "no colon" })).rejects.toThrow(/Name: value/);
    await expect(loadWith({ HINDSIGHT_SHARED_MAX_AGE: "-1" })).rejects.toThrow(/HINDSIGHT_SHARED_MAX_AGE/);
  });
});
