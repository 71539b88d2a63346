import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { rmSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import Database from "better-sqlite3";
import { E2E_DATABASE_URL, E2E_ON_POSTGRES } from "./database";

// Several `next start` processes of the e2e production build on one
// throwaway database of their own (beside the e2e database: a PostgreSQL
// database named after it, or data/e2e-multi.db), as several app servers
// behind a reverse proxy would run (docs/deploy.md).
const ROOT = path.resolve(__dirname, "../..");
const bin = (name: string) => path.join(ROOT, "node_modules/.bin", name);

export type AppServer = { url: string; port: number; process: ChildProcess };

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

function pgAdmin(sql: string) {
  const admin = Object.assign(new URL(E2E_DATABASE_URL), { pathname: "/postgres" }).toString();
  execFileSync("psql", [admin, "-X", "-q", "-v", "ON_ERROR_STOP=1", "-c", sql], { stdio: "pipe" });
}

export class AppServers {
  readonly databaseUrl: string;
  readonly secret = randomBytes(32).toString("base64url");
  private readonly sqliteFile = path.join(ROOT, "data", "e2e-multi.db");
  private readonly pgName: string | null;
  servers: AppServer[] = [];

  constructor() {
    if (E2E_ON_POSTGRES) {
      const url = new URL(E2E_DATABASE_URL);
      this.pgName = `${decodeURIComponent(url.pathname.slice(1))}_multi`;
      this.databaseUrl = Object.assign(url, { pathname: `/${this.pgName}` }).toString();
    } else {
      this.pgName = null;
      this.databaseUrl = `file:${this.sqliteFile}`;
    }
  }

  private dropDatabase() {
    if (this.pgName) pgAdmin(`DROP DATABASE IF EXISTS "${this.pgName}" WITH (FORCE)`);
    else for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(this.sqliteFile + suffix, { force: true });
  }

  private run(command: string, args: string[]) {
    execFileSync(command, args, { cwd: ROOT, env: { ...process.env, DATABASE_URL: this.databaseUrl, NODE_ENV: "development" }, stdio: "pipe" });
  }

  /** A fresh, migrated database with the demo data and one editor. */
  prepare(editor: { email: string; password: string }) {
    this.dropDatabase();
    this.run(bin("prisma"), ["migrate", "deploy"]);
    if (!this.pgName) {
      // WAL, as scripts/prepare-db.mjs sets for `npm start`: readers never wait on a writer.
      const db = new Database(this.sqliteFile);
      db.pragma("journal_mode = WAL");
      db.close();
    }
    this.run(bin("tsx"), ["--conditions=react-server", "scripts/seed.ts"]);
    this.run(bin("tsx"), [
      "--conditions=react-server",
      "scripts/user.ts",
      "add",
      "--email",
      editor.email,
      "--role",
      "editor",
      "--name",
      "Multi Editor",
      "--password",
      editor.password,
    ]);
  }

  /** Starts `count` servers sharing the database and the auth secret; resolves when all answer. `env` may differ per server. */
  async start(count: number, env: Record<string, string> | ((index: number) => Record<string, string>) = {}) {
    for (let i = 0; i < count; i++) {
      const port = await freePort();
      // As `npm start` serves (scripts/serve.mjs), which knows each request's socket address.
      const child = spawn(process.execPath, ["scripts/serve.mjs"], {
        cwd: ROOT,
        env: {
          ...process.env,
          NODE_ENV: "production",
          NEXT_TELEMETRY_DISABLED: "1",
          PORT: String(port),
          HINDSIGHT_HOST: "127.0.0.1",
          DATABASE_URL: this.databaseUrl,
          HINDSIGHT_SITE_URL: `http://127.0.0.1:${port}`,
          BETTER_AUTH_SECRET: this.secret,
          ...(typeof env === "function" ? env(i) : env),
        },
        stdio: ["ignore", "ignore", "inherit"],
      });
      this.servers.push({ url: `http://127.0.0.1:${port}`, port, process: child });
    }
    const deadline = Date.now() + 90_000;
    for (const server of this.servers) {
      for (;;) {
        if (server.process.exitCode !== null) throw new Error(`The server on port ${server.port} exited with ${server.process.exitCode}.`);
        const ok = await fetch(`${server.url}/api/v1/events`).then(
          (r) => r.ok,
          () => false,
        );
        if (ok) break;
        if (Date.now() > deadline) throw new Error(`The server on port ${server.port} did not start.`);
        await new Promise((r) => setTimeout(r, 250));
      }
    }
  }

  async stop() {
    await Promise.all(
      this.servers.map(
        (s) =>
          new Promise<void>((resolve) => {
            if (s.process.exitCode !== null || s.process.signalCode !== null) return resolve();
            s.process.once("exit", () => resolve());
            s.process.kill("SIGTERM");
          }),
      ),
    );
    this.servers = [];
    this.dropDatabase();
  }
}
