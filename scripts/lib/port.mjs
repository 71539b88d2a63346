// Is the port free? Asked before `npm start` migrates or builds anything, so
// a second start says what to do instead of dying later with EADDRINUSE.
import { createServer } from "node:net";

/** What to tell someone whose port is taken (or not theirs to use). */
export function portMessage(code, port, host) {
  const where = host ? `${host}:${port}` : `port ${port}`;
  const next = Number(port) < 65_535 ? Number(port) + 1 : 3000;
  if (code === "EACCES")
    return `Cannot start: Hindsight may not listen on ${where} (ports below 1024 need extra rights). Start it on another port, e.g.\n  PORT=3000 npm start`;
  return (
    `Cannot start: ${where} is already in use — Hindsight (or another program) is running there.\n` +
    `Stop that program, or start on another port, e.g.\n  PORT=${next} npm start`
  );
}

/** Resolves when `port` can be listened on; rejects with portMessage() when it cannot. */
export function ensurePortFree(port, host) {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", (error) => reject(error.code === "EADDRINUSE" || error.code === "EACCES" ? new Error(portMessage(error.code, port, host)) : error));
    probe.listen({ port: Number(port), host, exclusive: true }, () => probe.close(() => resolve()));
  });
}
