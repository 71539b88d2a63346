#!/usr/bin/env node
// `npm start` on a fresh clone (after `npm install`): database ready, a
// production build that matches the sources, then the server. Rebuilding only
// when sources changed keeps a restart fast; data is never reset.
import { connect } from "node:net";
import { ensureBuild } from "./lib/build.mjs";
import { bin, fail, loadEnv, spawnInherit } from "./lib/run.mjs";
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

function serve() {
  const port = process.env.PORT || "3000";
  const host = process.env.HINDSIGHT_HOST;
  const args = ["start", "-p", port, ...(host ? ["-H", host] : [])];
  const child = spawnInherit(bin("next"), args);

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

  const shown = !host || host === "0.0.0.0" || host === "::" ? "localhost" : host;
  waitForPort(shown, Number(port), child).then(() => console.log(`Hindsight is running on http://${shown}:${port}`));
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

async function main() {
  loadEnv();
  checkSecret();
  await prepareDatabase();
  await ensureBuild();
  serve();
}

main().catch(fail);
