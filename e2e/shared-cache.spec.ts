import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { AppServers, freePort } from "./support/app-servers";
import { Nginx, nginxBinary } from "./support/nginx";

// A real caching reverse proxy (nginx, configured with deploy/nginx/ as
// docs/deploy.md shows) in front of two app servers on one database
// (docs/decisions/0026-shared-cache-and-static-csp.md). Readers are served
// from nginx's cache; a verdict changed through an app server with the purge
// hook is what readers get on the next request after the hook ran; through
// one without it, once the copy's s-maxage has passed (the stated bound);
// and nothing a signed-in editor gets is ever stored.
test.describe.configure({ mode: "serial", timeout: 180_000 });

const EDITOR = { email: "cache-editor@e2e.test", password: "cache-editor-password-1", name: "Multi Editor" };
const RATINGS = ["confirmed", "refuted", "unverifiable", "partly_confirmed"] as const;
// Short for the test; the default is 60 s.
const MAX_AGE = 8;
const binary = nginxBinary();
const isRoot = process.getuid?.() === 0;

test.skip(!binary && !isRoot, "nginx is not installed (Debian: apt-get install nginx; .ci/run installs it): the shared-cache test cannot run.");

const cluster = new AppServers();
let proxy: Nginx;
let A = "";
let B = "";
let cookie = "";
let claimId = "";

test.beforeAll(async () => {
  test.setTimeout(240_000);
  if (!binary) throw new Error("nginx is not installed; as root this test requires it (apt-get install nginx, as .ci/run does).");
  proxy = new Nginx(binary, await freePort());
  cluster.prepare(EDITOR);
  // A is configured to purge through nginx, as every app server would be;
  // B is not, standing for a deployment without purge: readers then see its
  // changes within HINDSIGHT_SHARED_MAX_AGE.
  const shared = { HINDSIGHT_SHARED_MAX_AGE: String(MAX_AGE), HINDSIGHT_STALE_WHILE_REVALIDATE: "30" };
  const purge = { HINDSIGHT_PURGE_URLS: `${proxy.url}/{path}`, HINDSIGHT_PURGE_METHOD: "GET", HINDSIGHT_PURGE_HEADER: "X-Hindsight-Refresh: 1" };
  await cluster.start(2, (i) => (i === 0 ? { ...shared, ...purge } : shared));
  [A, B] = cluster.servers.map((s) => s.url) as [string, string];
  await proxy.start(cluster.servers.map((s) => s.port));
  claimId = (await (await fetch(`${proxy.url}/api/v1/claims?limit=1`)).json()).items[0].id;
  const signedIn = await fetch(`${A}/api/auth/sign-in/email`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: A },
    body: JSON.stringify({ email: EDITOR.email, password: EDITOR.password }),
  });
  expect(signedIn.status).toBe(200);
  cookie = signedIn.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
});

test.afterAll(async () => {
  await proxy?.stop();
  await cluster.stop();
});

async function publishVerdict(server: string, rating: string) {
  const { version } = await (await fetch(`${server}/api/v1/desk/claims/${claimId}`, { headers: { cookie } })).json();
  const response = await fetch(`${server}/api/v1/claims/${claimId}/verdicts`, {
    method: "POST",
    headers: { cookie, origin: server, "content-type": "application/json" },
    body: JSON.stringify({ rating, rationale: `Rated ${rating} behind the shared cache.`, version, publish: true }),
  });
  expect(response.status, await response.clone().text()).toBe(201);
}

/** What a reader gets through nginx: the claim page's verdict and where nginx got it. */
async function readerSees(url = `/claims/${claimId}`, headers: Record<string, string> = {}) {
  const response = await fetch(proxy.url + url, { headers });
  const body = await response.text();
  const rating = url.startsWith("/api/") ? (JSON.parse(body) as { rating: string }).rating : /data-rating="([a-z_]+)"/.exec(body)?.[1];
  return { status: response.status, rating, cache: response.headers.get("x-cache-status"), headers: response.headers };
}

async function refreshed(pathname: string, since: number) {
  // The purge hook runs after the write's response; wait for nginx to log the refresh of this page.
  await expect
    .poll(
      () =>
        proxy
          .log()
          .slice(since)
          .some((line) => line.startsWith(`GET ${pathname} refresh=1 `) && line.endsWith("status=200")),
      { timeout: 30_000 },
    )
    .toBe(true);
}

test("readers are served from nginx's cache, with validators; a verdict through the purging server is there at once after the purge", async () => {
  const first = await readerSees();
  const cached = await readerSees();
  expect(cached.cache).toBe("HIT");
  expect(cached.headers.get("cache-control")).toBe(`public, max-age=0, s-maxage=${MAX_AGE}, stale-while-revalidate=30`);
  expect(cached.headers.get("surrogate-key")).toContain(`claim:${claimId}`);
  expect(cached.headers.get("content-security-policy")).toMatch(/script-src 'self' 'nonce-[^']+'( 'sha256-[^']+')+ 'strict-dynamic'/);
  const revalidated = await fetch(`${proxy.url}/claims/${claimId}`, { headers: { "if-none-match": cached.headers.get("etag")! } });
  expect(revalidated.status).toBe(304);
  // curl and bots (no Accept: text/html) get the same cached copy.
  expect((await readerSees(`/claims/${claimId}`, { accept: "*/*" })).cache).toBe("HIT");
  for (const url of ["/", `/api/v1/claims/${claimId}`, "/feed.xml", "/api/v1/claims"]) {
    await readerSees(url);
    expect((await readerSees(url)).cache, url).toBe("HIT");
  }

  const next = RATINGS.find((r) => r !== first.rating)!;
  const mark = proxy.log().length;
  await publishVerdict(A, next);
  await refreshed(`/claims/${claimId}`, mark);
  await refreshed(`/api/v1/claims/${claimId}`, mark);
  await refreshed("/", mark);
  // Straight from nginx's cache, already the new verdict.
  expect(await readerSees()).toMatchObject({ rating: next, cache: "HIT" });
  expect(await readerSees(`/api/v1/claims/${claimId}`)).toMatchObject({ rating: next, cache: "HIT" });
  expect((await readerSees("/")).cache).toBe("HIT");
});

test("a verdict through a server without the purge hook reaches readers once s-maxage has passed", async () => {
  const before = await readerSees();
  expect(before.cache).toBe("HIT");
  const next = RATINGS.find((r) => r !== before.rating)!;
  await publishVerdict(B, next);
  // The bound: no copy older than s-maxage is served (nginx fetches an expired
  // one before answering; only requests arriving meanwhile get the old one).
  await new Promise((r) => setTimeout(r, (MAX_AGE + 1) * 1000));
  const after = await readerSees();
  expect(after.rating).toBe(next);
  expect(["EXPIRED", "REVALIDATED", "MISS"]).toContain(after.cache);
  expect((await readerSees()).cache).toBe("HIT");
});

test("nothing a signed-in editor gets is stored, and editors never get a reader's copy in its place", async () => {
  const asEditor = { cookie };
  for (const url of ["/desk", `/desk/claims/${claimId}`, `/api/v1/desk/claims/${claimId}`, "/", `/claims/${claimId}`, "/api/v1/claims", "/events"]) {
    const response = await fetch(proxy.url + url, { headers: asEditor, redirect: "manual" });
    expect(response.status, url).toBe(200);
    expect(response.headers.get("x-cache-status"), url).toBe("BYPASS");
    expect(response.headers.get("cache-control"), url).toMatch(/private|no-store/);
    await response.arrayBuffer();
  }
  // The editor's desk is what they got; anonymous readers get the sign-in redirect, never a stored desk.
  const desk = await fetch(`${proxy.url}/desk`, { redirect: "manual" });
  expect(desk.status).toBe(307);
  const deskApi = await fetch(`${proxy.url}/api/v1/desk/claims/${claimId}`);
  expect(deskApi.status).toBe(401);
  // A token's answers are not stored either.
  const withToken = await fetch(`${proxy.url}/api/v1/claims?limit=3`, { headers: { authorization: "Bearer hs_not_a_real_token" } });
  expect(withToken.headers.get("x-cache-status")).toBe("BYPASS");
  // Nothing in nginx's cache names the editor or carries the desk.
  const files = readdirSync(proxy.cacheDir, { recursive: true, withFileTypes: true }).filter((f) => f.isFile());
  expect(files.length).toBeGreaterThan(3);
  for (const file of files) {
    const stored = readFileSync(path.join(file.parentPath, file.name), "latin1");
    expect(stored, file.name).not.toContain(EDITOR.email);
    expect(stored, file.name).not.toContain(EDITOR.name);
    // nginx's file: its key line, then the response's headers, then the body.
    const head = stored.slice(stored.indexOf("KEY: "), stored.indexOf("\r\n\r\n"));
    expect(head, file.name).not.toMatch(/^KEY: [^\n]*\/desk/);
    expect(head.toLowerCase(), file.name).toContain("cache-control: public");
  }
});
