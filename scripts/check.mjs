#!/usr/bin/env node
// `npm run check`: the static checks `npm test` runs first — types (tsc, with
// Next's generated route types), ESLint (the rules that keep the code's
// shape, eslint.config.mjs), Prettier and knip (dead code) — two at a time
// on the machine's two cores, each reported as one line.
import { spawn } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const bin = (name) => path.join(ROOT, "node_modules", ".bin", name);

export const CHECKS = [
  {
    name: "types",
    steps: [
      [bin("next"), ["typegen"]],
      [bin("tsc"), ["--noEmit", "-p", "."]],
    ],
  },
  { name: "lint", steps: [[bin("eslint"), [".", "--max-warnings=0"]]] },
  { name: "format", steps: [[bin("prettier"), ["--check", ".", "--log-level", "warn"]]] },
  { name: "dead code", steps: [[bin("knip"), []]] },
];

function runStep([cmd, args]) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: ROOT, env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
    let output = "";
    child.stdout.on("data", (d) => (output += d));
    child.stderr.on("data", (d) => (output += d));
    child.on("close", (code) => resolve({ code: code ?? 1, output }));
    child.on("error", (error) => resolve({ code: 1, output: String(error) }));
  });
}

async function runCheck(check) {
  const started = Date.now();
  for (const step of check.steps) {
    const { code, output } = await runStep(step);
    if (code !== 0) return { ...check, ok: false, output, seconds: (Date.now() - started) / 1000 };
  }
  return { ...check, ok: true, output: "", seconds: (Date.now() - started) / 1000 };
}

/** Runs every check, `parallel` at a time; resolves with the results in CHECKS order. */
export async function runChecks(parallel = 2) {
  const results = new Array(CHECKS.length);
  let next = 0;
  const worker = async () => {
    while (next < CHECKS.length) {
      const i = next++;
      results[i] = await runCheck(CHECKS[i]);
      const r = results[i];
      console.log(`check ${r.name}: ${r.ok ? "ok" : "FAILED"} (${r.seconds.toFixed(0)} s)`);
      if (!r.ok) console.log(r.output.trimEnd());
    }
  };
  await Promise.all(Array.from({ length: parallel }, worker));
  return results;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const results = await runChecks();
  process.exit(results.every((r) => r.ok) ? 0 : 1);
}
