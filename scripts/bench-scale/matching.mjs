// The rumor-matching targets of `npm run bench:scale` (issue 12: matching
// answers under 50 ms p95 at 25,000 rumors). Matching is an editor endpoint,
// so this signs a bench editor in with a personal API token made by the
// account CLI, then times GET /api/v1/claims/{id}/matches for a few claims of
// different rumors. The first match on a fresh server builds the rumor index
// (and the desk's article index behind it): that is timed once, apart.
import { spawnSync } from "node:child_process";
import http from "node:http";
import { bin, ROOT } from "../lib/run.mjs";

const MATCHING_TARGET_MS = 50;
const EMAIL = "bench-matching@bench.local";

function user(url, args) {
  const r = spawnSync(bin("tsx"), ["--conditions=react-server", "scripts/user.ts", ...args], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, DATABASE_URL: url, NEXT_TELEMETRY_DISABLED: "1" },
  });
  return { ok: r.status === 0, out: `${r.stdout}${r.stderr}` };
}

/** A fresh API token of the bench editor (the account is made on first use). */
export function benchEditorToken(url) {
  user(url, ["add", "--email", EMAIL, "--role", "editor", "--name", "Bench matching"]);
  const made = user(url, ["token-create", "--email", EMAIL, "--name", `bench ${new Date().toISOString()}`]);
  const token = made.out.match(/hst_[\w-]+/)?.[0];
  if (!made.ok || !token) throw new Error(`Could not make a bench API token:\n${made.out}`);
  return token;
}

/** One GET without fetch's header timeout: the first match may build the index for minutes at this size. */
function slowGet(base, path, headers) {
  return new Promise((resolve, reject) => {
    const req = http.get(new URL(path, base), { headers }, (res) => {
      let body = "";
      res.on("data", (c) => (body += c));
      res.on("end", () => (res.statusCode === 200 ? resolve(body) : reject(new Error(`${path}: HTTP ${res.statusCode} ${body.slice(0, 200)}`))));
    });
    req.on("error", reject);
  });
}

/**
 * Targets for bench-scale's timing loop (`headers`, `targetMs` ride along):
 * claims from rumors of different sizes, picked through the public API.
 * Returns also how long the first match (the index build) took.
 */
export async function matchingTargets({ base, getJson, token }) {
  const headers = { authorization: `Bearer ${token}`, accept: "application/json" };
  const claims = [];
  let cursor = null;
  for (let page = 0; page < 5; page++) {
    const r = await getJson(`/api/v1/claims?limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`);
    claims.push(...r.items);
    cursor = r.nextCursor;
    if (!cursor) break;
  }
  if (claims.length === 0) return { targets: [], buildMs: null };
  const size = (c) => c.rumor?.claimCount ?? 1;
  const bySize = [...claims].sort((a, b) => size(a) - size(b));
  const picks = [bySize[0], bySize[Math.floor(bySize.length / 2)], bySize[bySize.length - 1], claims[Math.floor(claims.length / 3)]];
  const started = performance.now();
  await slowGet(base, `/api/v1/claims/${picks[0].id}/matches?limit=5`, headers);
  const buildMs = performance.now() - started;
  const targets = picks.map((c, i) => ({
    name: `matching: claim ${i + 1} (rumor of ${size(c)} claim${size(c) === 1 ? "" : "s"})`,
    path: `/api/v1/claims/${c.id}/matches?limit=5`,
    headers,
    targetMs: MATCHING_TARGET_MS,
  }));
  return { targets, buildMs };
}

/** Rumors and claims in the database, for the report line. */
export async function rumorCount(count, url) {
  return { rumors: await count(url, "Rumor"), claims: await count(url, "Claim") };
}
