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

describe("HINDSIGHT_SITE_URL (issue 11: public links)", () => {
  it("follows PORT when unset, so a site on another port links to itself", async () => {
    expect((await loadWith({ HINDSIGHT_SITE_URL: undefined, PORT: "3999" })).env.HINDSIGHT_SITE_URL).toBe("http://localhost:3999");
    expect((await loadWith({ HINDSIGHT_SITE_URL: "https://news.example.org/", PORT: "3999" })).env.HINDSIGHT_SITE_URL).toBe("https://news.example.org");
  });

  it("is required of a production server behind a proxy, with a message that says what to do", async () => {
    // A shared secret too: on PostgreSQL production requires one, and this test runs on both databases.
    const secret = "a-production-secret-of-at-least-32-characters";
    const behindProxy = { NODE_ENV: "production", HINDSIGHT_TRUSTED_PROXIES: "10.0.0.5", HINDSIGHT_SITE_URL: undefined, BETTER_AUTH_SECRET: secret };
    await expect(loadWith(behindProxy)).rejects.toThrow(/HINDSIGHT_SITE_URL: Behind a reverse proxy .* set HINDSIGHT_SITE_URL to the public address/);
    await expect(loadWith({ ...behindProxy, HINDSIGHT_SITE_URL: "https://news.example.org" })).resolves.toBeTruthy();
  });

  it("refuses anything but an http(s) origin", async () => {
    await expect(loadWith({ HINDSIGHT_SITE_URL: "javascript:alert(1)" })).rejects.toThrow(/HINDSIGHT_SITE_URL/);
    await expect(loadWith({ HINDSIGHT_SITE_URL: "https://news.example.org/hindsight" })).rejects.toThrow(/origin only/);
  });
});

describe("HINDSIGHT_TRUSTED_PROXIES", () => {
  it("is empty by default and refuses what is neither addresses nor a count", async () => {
    expect((await loadWith({ HINDSIGHT_TRUSTED_PROXIES: undefined })).env.HINDSIGHT_TRUSTED_PROXIES).toBe("");
    expect((await loadWith({ HINDSIGHT_TRUSTED_PROXIES: "10.0.0.0/24, ::1" })).env.HINDSIGHT_TRUSTED_PROXIES).toBe("10.0.0.0/24, ::1");
    await expect(loadWith({ HINDSIGHT_TRUSTED_PROXIES: "proxy.internal" })).rejects.toThrow(/HINDSIGHT_TRUSTED_PROXIES: "proxy.internal" is not an IP address/);
  });
});

it("treats an empty HINDSIGHT_SITE_URL as unset", async () => {
  expect((await loadWith({ HINDSIGHT_SITE_URL: "", PORT: "4001" })).env.HINDSIGHT_SITE_URL).toBe("http://localhost:4001");
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

describe("SMTP settings (email digests, ADR 0029)", () => {
  const off = { HINDSIGHT_SMTP_HOST: undefined, HINDSIGHT_SMTP_FROM: undefined, HINDSIGHT_SMTP_USER: undefined, HINDSIGHT_SMTP_PASSWORD: undefined };

  it("are off without a host, and on with a host and a sender", async () => {
    expect((await loadWith(off)).smtpConfigured()).toBe(false);
    const on = await loadWith({
      ...off,
      HINDSIGHT_SMTP_HOST: "smtp.example.org",
      HINDSIGHT_SMTP_FROM: "Desk <desk@example.org>",
      HINDSIGHT_SMTP_SECURE: "true",
    });
    expect(on.smtpConfigured()).toBe(true);
    expect(on.env).toMatchObject({ HINDSIGHT_SMTP_PORT: 587, HINDSIGHT_SMTP_SECURE: true, HINDSIGHT_DIGEST_EVERY: 86_400 });
  });

  it("refuse a host without a sender, a user without a password, and a bad period", async () => {
    await expect(loadWith({ ...off, HINDSIGHT_SMTP_HOST: "smtp.example.org" })).rejects.toThrow(/HINDSIGHT_SMTP_FROM: With HINDSIGHT_SMTP_HOST set/);
    await expect(
      loadWith({ ...off, HINDSIGHT_SMTP_HOST: "smtp.example.org", HINDSIGHT_SMTP_FROM: "d@example.org", HINDSIGHT_SMTP_USER: "desk" }),
    ).rejects.toThrow(/HINDSIGHT_SMTP_PASSWORD: Give both/);
    await expect(loadWith({ ...off, HINDSIGHT_DIGEST_EVERY: "weekly" })).rejects.toThrow(/HINDSIGHT_DIGEST_EVERY/);
    await expect(loadWith({ ...off, HINDSIGHT_SMTP_SECURE: "yes" })).rejects.toThrow(/HINDSIGHT_SMTP_SECURE/);
  });
});
