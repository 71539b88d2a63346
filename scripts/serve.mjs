#!/usr/bin/env node
// The production HTTP server (`npm start`, the end-to-end tests): Next.js
// behind a plain Node server, because only here is the socket's address
// known. Each request gets the client's address in CLIENT_ADDRESS_HEADER —
// the socket's, or what the trusted proxies (HINDSIGHT_TRUSTED_PROXIES) say —
// and any value a client sent in that header is replaced. Better Auth's
// per-address sign-in limit keys on it (server/auth/auth.ts).
//
// Anonymous reader requests whose copy is in the page cache are answered here,
// before Next's router (docs/decisions/0035-page-cache-before-the-router.md):
// proxy.ts's bundle puts the lookup on globalThis once it has loaded; until
// then, and for every miss, everything goes to Next as before.
import { createServer } from "node:http";
import { CLIENT_ADDRESS_HEADER, clientAddress, parseTrustedProxies } from "../lib/client-address.mjs";
import { portMessage } from "./lib/port.mjs";
import { fail, ROOT } from "./lib/run.mjs";

// As `next start` does; the app's settings are validated by Next itself
// (instrumentation.ts → server/platform/env.ts) while it prepares.
process.env.NODE_ENV = "production";
const port = Number(process.env.PORT || 3000);
const host = process.env.HINDSIGHT_HOST || undefined;

let trust;
try {
  trust = parseTrustedProxies(process.env.HINDSIGHT_TRUSTED_PROXIES);
} catch (error) {
  fail(error);
}

const { default: next } = await import("next");
const app = next({ dev: false, dir: ROOT, hostname: host ?? "localhost", port });
await app.prepare();
const handle = app.getRequestHandler();

const FAST_PATH = Symbol.for("hindsight.page-cache.fast-path");

const server = createServer((request, response) => {
  request.headers[CLIENT_ADDRESS_HEADER] = clientAddress(request.socket.remoteAddress, request.headers["x-forwarded-for"], trust);
  const fast = globalThis[FAST_PATH];
  if (!fast || (request.method !== "GET" && request.method !== "HEAD")) return handle(request, response);
  fast(request.method, request.url, request.headers).then(
    (answer) => {
      if (!answer) return handle(request, response);
      response.writeHead(answer.status, answer.headers);
      response.end(answer.body ?? undefined);
    },
    () => handle(request, response),
  );
});
server.once("error", (error) => fail(error.code === "EADDRINUSE" || error.code === "EACCES" ? portMessage(error.code, port, host) : error));
server.listen(port, host);

for (const signal of ["SIGINT", "SIGTERM"]) {
  process.once(signal, () => {
    server.close();
    app.close().finally(() => process.exit(0));
    // Open keep-alive connections would otherwise hold the exit.
    server.closeAllConnections();
  });
}
