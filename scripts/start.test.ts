import { spawn } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import { createServer, type Server } from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

// Issue 11, item 12: `npm start` on a port that is taken says so and what to
// do, with a non-zero exit, before it migrates, builds or prints "running".
const ROOT = path.resolve(__dirname, "..");
const servers: Server[] = [];
afterAll(() => servers.forEach((s) => s.close()));

function occupy(host?: string): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, host, () => resolve((server.address() as { port: number }).port));
    servers.push(server);
  });
}

function start(env: Record<string, string>) {
  return new Promise<{ code: number | null; out: string }>((resolve) => {
    const child = spawn(process.execPath, ["scripts/start.mjs"], { cwd: ROOT, env: { ...process.env, NODE_ENV: "production", ...env }, stdio: "pipe" });
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (out += d));
    child.on("exit", (code) => resolve({ code, out }));
  });
}

describe("npm start on a taken port", () => {
  it("refuses at once with what to do, touching no database", async () => {
    const port = await occupy();
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), "hindsight-start-")), "never.db");
    const { code, out } = await start({ PORT: String(port), DATABASE_URL: `file:${file}`, HINDSIGHT_HOST: "" });
    expect(code).toBe(1);
    expect(out).toContain(`port ${port} is already in use`);
    expect(out).toContain(`PORT=${port + 1} npm start`);
    expect(out).not.toContain("Hindsight is running on");
    expect(existsSync(file)).toBe(false);
  });

  it("does the same for a host it is told to listen on", async () => {
    const port = await occupy("127.0.0.1");
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), "hindsight-start-")), "never.db");
    const { code, out } = await start({ PORT: String(port), DATABASE_URL: `file:${file}`, HINDSIGHT_HOST: "127.0.0.1" });
    expect(code).toBe(1);
    expect(out).toContain(`127.0.0.1:${port} is already in use`);
    expect(existsSync(file)).toBe(false);
  });
});
