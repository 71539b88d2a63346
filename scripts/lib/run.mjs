// Small helpers shared by prepare-db.mjs and start.mjs. Plain Node ESM so the
// scripts work on a fresh clone without a build step.
import { spawn } from "node:child_process";
import { realpathSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { config } from "dotenv";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const WINDOWS = process.platform === "win32";

/** Loads .env without overriding what the shell already set, as Next.js does. */
export function loadEnv() {
  config({ path: path.join(ROOT, ".env"), quiet: true });
}

/** A project-local CLI: the version package-lock.json pins, not a global one. */
export function bin(name) {
  return path.join(ROOT, "node_modules", ".bin", WINDOWS ? `${name}.cmd` : name);
}

/** Spawns a command that shares this terminal; on Windows the .cmd shims need a shell. */
export function spawnInherit(command, args) {
  // Next.js would otherwise try to send telemetry, which only stalls offline.
  const env = { NEXT_TELEMETRY_DISABLED: "1", ...process.env };
  return spawn(command, args, { cwd: ROOT, stdio: "inherit", shell: WINDOWS, env });
}

/** Runs a command to completion; a non-zero exit becomes an error naming the command. */
export function run(command, args) {
  return new Promise((resolve, reject) => {
    const child = spawnInherit(command, args);
    child.on("error", reject);
    child.on("exit", (code, signal) => {
      if (code === 0) resolve();
      else reject(new Error(`${path.basename(command)} ${args.join(" ")} failed (${signal ?? `exit code ${code}`}).`));
    });
  });
}

/** True when the module at `url` is the script Node was started with. */
export function isMain(url) {
  if (!process.argv[1]) return false;
  try {
    return url === pathToFileURL(realpathSync(process.argv[1])).href;
  } catch {
    return false;
  }
}

/** Ends the process with a one-line reason instead of an unhandled-rejection trace. */
export function fail(error) {
  console.error(`\n${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
