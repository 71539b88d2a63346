import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

// nginx from Debian's packages as the caching reverse proxy in front of app
// servers, configured with the repository's own files (deploy/nginx/, shown
// in docs/deploy.md); only the site-specific wrapper is written here, as an
// operator would: upstreams, cache path, who may refresh, where to listen.
const ROOT = path.resolve(__dirname, "../..");
const CANDIDATES = ["/usr/sbin/nginx", "/usr/bin/nginx", "/usr/local/sbin/nginx"];

export function nginxBinary(): string | null {
  const found = spawnSync("sh", ["-c", "command -v nginx"], { encoding: "utf8" }).stdout.trim();
  return found || CANDIDATES.find((file) => existsSync(file)) || null;
}

export class Nginx {
  readonly dir = mkdtempSync(path.join(os.tmpdir(), "hindsight-nginx-"));
  readonly cacheDir = path.join(this.dir, "cache");
  readonly accessLog = path.join(this.dir, "access.log");
  private child: ChildProcess | null = null;

  constructor(
    private readonly binary: string,
    readonly port: number,
  ) {}

  get url() {
    return `http://127.0.0.1:${this.port}`;
  }

  async start(upstreams: number[]) {
    mkdirSync(this.cacheDir);
    const user = os.userInfo();
    const conf = `
${user.uid === 0 ? "user root root;" : ""}
worker_processes 1;
pid ${this.dir}/nginx.pid;
error_log ${this.dir}/error.log warn;
events { worker_connections 512; }
http {
  client_body_temp_path ${this.dir}/body; proxy_temp_path ${this.dir}/proxy;
  fastcgi_temp_path ${this.dir}/fastcgi; uwsgi_temp_path ${this.dir}/uwsgi; scgi_temp_path ${this.dir}/scgi;
  log_format hindsight '$request_method $request_uri refresh=$hindsight_refresh cache=$upstream_cache_status status=$status';
  access_log ${this.accessLog} hindsight;
  proxy_cache_path ${this.cacheDir} keys_zone=hindsight:10m max_size=200m inactive=1h use_temp_path=off;
  upstream hindsight { ${upstreams.map((port) => `server 127.0.0.1:${port};`).join(" ")} keepalive 8; }
  geo $hindsight_purger { default 0; 127.0.0.1 1; }
  include ${ROOT}/deploy/nginx/hindsight-http.conf;
  server {
    listen 127.0.0.1:${this.port};
    include ${ROOT}/deploy/nginx/hindsight-site.conf;
  }
}`;
    writeFileSync(path.join(this.dir, "nginx.conf"), conf);
    const args = ["-p", this.dir, "-e", path.join(this.dir, "error.log"), "-c", path.join(this.dir, "nginx.conf"), "-g", "daemon off;"];
    const test = spawnSync(this.binary, ["-t", ...args], { encoding: "utf8" });
    if (test.status !== 0) throw new Error(`nginx refused the configuration:\n${test.stderr}`);
    this.child = spawn(this.binary, args, { stdio: ["ignore", "ignore", "inherit"] });
    for (let i = 0; i < 200; i++) {
      const up = await fetch(`${this.url}/api/health`).then(
        (r) => r.ok,
        () => false,
      );
      if (up) return;
      if (this.child.exitCode !== null) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`nginx did not start:\n${readFileSync(path.join(this.dir, "error.log"), "utf8")}`);
  }

  /** The access log's lines: `METHOD URI refresh=0|1 cache=HIT|MISS|… status=N`. */
  log(): string[] {
    return existsSync(this.accessLog) ? readFileSync(this.accessLog, "utf8").split("\n").filter(Boolean) : [];
  }

  async stop() {
    const child = this.child;
    if (child && child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((r) => child.once("exit", r));
      child.kill("SIGQUIT");
      await exited;
    }
    rmSync(this.dir, { recursive: true, force: true });
  }
}
