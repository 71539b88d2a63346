#!/usr/bin/env node
// `npm start` on a fresh clone (after `npm install`): database ready, a
// production build that matches the sources, then the server. Rebuilding only
// when sources changed keeps a restart fast; data is never reset.
import { connect } from "node:net";
import { ensureBuild } from "./lib/build.mjs";
import { ensurePortFree } from "./lib/port.mjs";
import { fail, loadEnv, spawnInherit } from "./lib/run.mjs";
import { prepareDatabase } from "./prepare-db.mjs";

/** Resolves once something accepts connections on host:port, so "running" is printed only when it is true. */
function waitForPort(host, port, child) {
  return new Promise((resolve) => {
    const attempt = () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const socket = connect({ host, port }, () => {
        socket.destroy();
        resolve();
      });
      socket.on("error", () => setTimeout(attempt, 250));
    };
    attempt();
  });
}

const port = () => process.env.PORT || "3000";
const host = () => process.env.HINDSIGHT_HOST || undefined;

function serve() {
  // scripts/serve.mjs rather than `next start`: it knows each request's socket address.
  const child = spawnInherit(process.execPath, ["scripts/serve.mjs"]);

  // Forward stop signals so `docker stop`, systemd or Ctrl-C shut Next.js
  // down cleanly instead of orphaning it.
  for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
  child.on("error", fail);
  child.on("exit", (code, signal) => {
    if (signal) {
      // Die of the same signal, so whoever started us sees the real cause.
      process.removeAllListeners(signal);
      process.kill(process.pid, signal);
    } else process.exit(code ?? 1);
  });

  const shown = !host() || host() === "0.0.0.0" || host() === "::" ? "localhost" : host();
  const site = process.env.HINDSIGHT_SITE_URL?.trim();
  waitForPort(shown, Number(port()), child).then(() => {
    console.log(`Hindsight is running on http://${shown}:${port()}`);
    if (!site) console.log(`Public links (feeds, permanent links, cards) say http://localhost:${port()}; set HINDSIGHT_SITE_URL to the address readers use.`);
  });
}

/** What server/platform/env.ts would refuse at start, said before migrating and building. */
function checkSecret() {
  const url = process.env.DATABASE_URL?.trim() ?? "";
  if (!/^postgres(ql)?:\/\//.test(url)) return;
  if ((process.env.BETTER_AUTH_SECRET?.trim() ?? "").length >= 32) return;
  fail(
    "On PostgreSQL, set BETTER_AUTH_SECRET (at least 32 characters, the same on every app server), e.g.\n" +
      "  BETTER_AUTH_SECRET=$(openssl rand -base64 32)\nSee docs/deploy.md.",
  );
}

/** What server/platform/env.ts would refuse: behind a proxy, the public address must be given. */
function checkSiteUrl() {
  if (process.env.HINDSIGHT_SITE_URL?.trim() || !process.env.HINDSIGHT_TRUSTED_PROXIES?.trim()) return;
  fail(
    "Behind a reverse proxy (HINDSIGHT_TRUSTED_PROXIES is set), set HINDSIGHT_SITE_URL to the public address readers use, e.g.\n" +
      "  HINDSIGHT_SITE_URL=https://news.example.org\nPermanent links, feeds, JSON-LD and Open Graph cards are built from it. See docs/deploy.md.",
  );
}

async function main() {
  loadEnv();
  checkSecret();
  checkSiteUrl();
  // Before migrating or building: a second start must not touch anything.
  await ensurePortFree(port(), host());
  await prepareDatabase();
  await ensureBuild();
  serve();
}

main().catch(fail);
