import { expect, test } from "@playwright/test";
import autocannon from "autocannon";
import { AppServers } from "./support/app-servers";

// Two `next start` processes on one database, as two app servers behind a
// reverse proxy (docs/deploy.md, docs/decisions/0016-cache-sharing.md): what
// an editor changes through one, readers of the other see on their next
// request, from warm caches too (reader pages, API, suggestions); sessions,
// the sign-in rate limit and the account lockout hold across both; and both stay error-free under load while
// verdicts change. Runs on SQLite (two processes on one file) and PostgreSQL.
test.describe.configure({ mode: "serial", timeout: 120_000 });

const EDITOR = { email: "multi-editor@e2e.test", password: "multi-editor-password-1" };
const SIGNIN_LIMIT = 4;
const RATINGS = ["confirmed", "refuted", "unverifiable", "partly_confirmed"] as const;
const HTML = { accept: "text/html" };

const cluster = new AppServers();
let A = "";
let B = "";
let cookie = "";
let claimId = "";

test.beforeAll(async () => {
  test.setTimeout(180_000);
  cluster.prepare(EDITOR);
  // The test plays the reverse proxy: its X-Forwarded-For is believed (scripts/serve.mjs).
  await cluster.start(2, { HINDSIGHT_SIGNIN_LIMIT: String(SIGNIN_LIMIT), HINDSIGHT_TRUSTED_PROXIES: "127.0.0.1" });
  [A, B] = cluster.servers.map((s) => s.url) as [string, string];
  for (const server of [A, B]) {
    expect(await (await fetch(`${server}/api/health`)).json()).toMatchObject({ ok: true, readerCache: "on" });
  }
  const claims = await (await fetch(`${B}/api/v1/claims?limit=1`)).json();
  claimId = claims.items[0].id;
});

test.afterAll(async () => {
  await cluster.stop();
});

async function signIn(server: string, email: string, password: string, forwardedFor?: string) {
  return fetch(`${server}/api/auth/sign-in/email`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: server, ...(forwardedFor ? { "x-forwarded-for": forwardedFor } : {}) },
    body: JSON.stringify({ email, password }),
  });
}

/** Records and publishes a verdict through `server`, as the desk does. */
async function publishVerdict(server: string, rating: string) {
  const desk = await fetch(`${server}/api/v1/desk/claims/${claimId}`, { headers: { cookie } });
  expect(desk.status).toBe(200);
  const { version } = await desk.json();
  const response = await fetch(`${server}/api/v1/claims/${claimId}/verdicts`, {
    method: "POST",
    headers: { cookie, origin: server, "content-type": "application/json" },
    body: JSON.stringify({ rating, rationale: `Rated ${rating} in the multi-server test.`, version, publish: true }),
  });
  expect(response.status, await response.clone().text()).toBe(201);
}

async function ratingOnPage(server: string) {
  const response = await fetch(`${server}/claims/${claimId}`, { headers: HTML });
  expect(response.status).toBe(200);
  const html = await response.text();
  return { rating: /data-rating="([a-z_]+)"/.exec(html)?.[1], cache: response.headers.get("x-page-cache") };
}

async function ratingInApi(server: string, etag?: string) {
  const response = await fetch(`${server}/api/v1/claims/${claimId}`, { headers: etag ? { "if-none-match": etag } : {} });
  expect(response.status).toBe(200);
  return { rating: (await response.json()).rating as string, etag: response.headers.get("etag") ?? undefined };
}

test("a verdict published through one server is what the other serves on the next request, from warm caches", async () => {
  const signedIn = await signIn(A, EDITOR.email, EDITOR.password);
  expect(signedIn.status).toBe(200);
  cookie = signedIn.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");

  // Warm B's page cache and data cache.
  const before = await ratingOnPage(B);
  expect((await ratingOnPage(B)).cache).toBe("hit");
  const api = await ratingInApi(B);
  await ratingInApi(B);
  expect(api.rating).toBe(before.rating);

  const next = RATINGS.find((r) => r !== before.rating)!;
  await publishVerdict(A, next);

  // No wait: the request after the write's response sees the write.
  const page = await ratingOnPage(B);
  expect(page).toEqual({ rating: next, cache: "miss" });
  expect(await ratingInApi(B, api.etag)).toMatchObject({ rating: next });
  expect((await ratingOnPage(B)).cache).toBe("hit");

  // And back the other way.
  const again = RATINGS.find((r) => r !== next)!;
  await publishVerdict(B, again);
  expect((await ratingOnPage(A)).rating).toBe(again);
  expect((await ratingInApi(A)).rating).toBe(again);
});

test("a session made through one server holds on the other, and signing out through it ends it on both", async () => {
  const onB = await fetch(`${B}/api/v1/desk/claims/${claimId}`, { headers: { cookie } });
  expect(onB.status).toBe(200);
  expect((await fetch(`${B}/api/v1/desk/claims/${claimId}`)).status).toBe(401);

  const other = await signIn(B, EDITOR.email, EDITOR.password);
  const otherCookie = other.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  expect((await fetch(`${A}/api/v1/desk/claims/${claimId}`, { headers: { cookie: otherCookie } })).status).toBe(200);
  const out = await fetch(`${B}/api/auth/sign-out`, {
    method: "POST",
    headers: { cookie: otherCookie, origin: B, "content-type": "application/json" },
    body: "{}",
  });
  expect(out.status).toBe(200);
  expect((await fetch(`${A}/api/v1/desk/claims/${claimId}`, { headers: { cookie: otherCookie } })).status).toBe(401);
});

test("an article imported through one server is in the other's suggestions on its next request", async () => {
  const suggestions = async (server: string) => {
    const response = await fetch(`${server}/api/v1/claims/${claimId}/suggestions?limit=50`, { headers: { cookie } });
    expect(response.status).toBe(200);
    return ((await response.json()).items as { articleId: string }[]).map((i) => i.articleId);
  };
  // Warm B's passage index, then import through A.
  await suggestions(B);
  const { statement } = await (await fetch(`${B}/api/v1/claims/${claimId}`)).json();
  const created = await fetch(`${A}/api/v1/articles`, {
    method: "POST",
    headers: { cookie, origin: A, "content-type": "application/json" },
    body: JSON.stringify({
      outlet: "Multi-server wire",
      publishedAt: "2024-12-01",
      title: "Follow-up",
      text: `${statement} It happened exactly so, officials confirmed on Monday.`,
    }),
  });
  expect(created.status, await created.clone().text()).toBe(201);
  const { id } = await created.json();
  expect(await suggestions(B)).toContain(id);
});

test("the sign-in rate limit counts attempts made through either server", async () => {
  // One client address (as the reverse proxy reports it), alternating servers:
  // per-process counters would each see half and never refuse.
  const address = `198.51.100.${Math.floor(Math.random() * 250) + 1}`;
  const statuses: number[] = [];
  for (let i = 0; i <= SIGNIN_LIMIT; i++) {
    statuses.push((await signIn(i % 2 ? B : A, "nobody@e2e.test", "wrong-password-123", address)).status);
  }
  expect(statuses.slice(0, SIGNIN_LIMIT).every((s) => s === 401)).toBe(true);
  expect(statuses[SIGNIN_LIMIT]).toBe(429);
});

/** Requests each server answers in the load test. */
const REQUESTS = 400;

test("both servers stay error-free under load while verdicts change, and end on the final verdict", async () => {
  // A fixed number of requests rather than a fixed time, so a slow machine
  // makes the test longer, not weaker: verdicts keep changing until both
  // servers have answered every request.
  test.setTimeout(300_000);
  const paths = [`/claims/${claimId}`, "/", "/events", `/api/v1/claims/${claimId}`, "/api/v1/claims?limit=20", "/api/v1/events"];
  const requests = paths.map((path) => ({ method: "GET" as const, path, headers: path.startsWith("/api/") ? {} : HTML }));
  const load = (url: string) =>
    new Promise<autocannon.Result>((resolve, reject) => {
      autocannon({ url, connections: 8, amount: REQUESTS, requests, timeout: 30 }, (error, result) => (error ? reject(error) : resolve(result)));
    });
  let done = false;
  const running = Promise.all([load(A), load(B)]).finally(() => (done = true));

  let last: string = RATINGS[0];
  let changes = 0;
  let duringLoad = 0;
  while (!done || changes < 6) {
    last = RATINGS[changes % RATINGS.length]!;
    await publishVerdict(changes % 2 ? B : A, last);
    changes++;
    if (!done) duringLoad++;
    await new Promise((r) => setTimeout(r, 300));
  }
  const results = await running;
  for (const result of results) {
    expect(result.errors, result.url).toBe(0);
    expect(result.timeouts, result.url).toBe(0);
    expect(result.non2xx, result.url).toBe(0);
    expect(result.requests.total, result.url).toBe(REQUESTS);
  }
  console.log(
    `multi-server load: ${changes} verdict changes; ` +
      results.map((r) => `${r.url} ${r.requests.total} requests (${Math.round(r.requests.average)}/s), p99 ${r.latency.p99} ms`).join("; "),
  );
  // The verdict changed while both servers were serving: each answer came from a moving reader generation.
  expect(duringLoad).toBeGreaterThanOrEqual(3);
  for (const server of [A, B]) {
    expect((await ratingOnPage(server)).rating, server).toBe(last);
    expect((await ratingInApi(server)).rating, server).toBe(last);
  }
});

test("an account locked by wrong passwords through both servers is locked on both", async () => {
  // Five wrong passwords in a row lock the account (server/auth/auth.ts), each
  // from another address so the per-address limit is not what refuses.
  for (let i = 0; i < 5; i++) {
    const response = await signIn(i % 2 ? B : A, EDITOR.email, "not-the-password-1", `203.0.113.${10 + i}`);
    expect(response.status).toBe(401);
  }
  for (const server of [A, B]) {
    const response = await signIn(server, EDITOR.email, EDITOR.password, "203.0.113.99");
    expect(response.status, server).toBe(429);
    expect(await response.text()).toContain("Too many sign-in attempts");
  }
});
