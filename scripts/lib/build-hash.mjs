// Decides whether `npm start` must rebuild. next build takes minutes, so it
// runs only when the sources that go into the bundle changed since the last
// successful build; the comparison is by content, so a fresh checkout or a
// touched-but-unchanged file does not trigger it, while a `git pull` does.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

const BUILD_INPUTS = [
  "app",
  "components",
  "lib",
  "server",
  "public",
  "next.config.ts",
  "package-lock.json",
  "tsconfig.json",
  "prisma/schema.prisma",
  // Root files Next.js also compiles when they exist.
  "instrumentation.ts",
  "proxy.ts",
  "middleware.ts",
];
// The generated client follows from schema.prisma, which is hashed itself;
// tests are not part of the bundle.
const EXCLUDED_DIRS = ["server/generated"];
const EXCLUDED_FILE = /\.test\.tsx?$/;

const HASH_FILE = ".next/hindsight-build-hash";
const BUILD_ID = ".next/BUILD_ID";

/** Every input file under `root`, as sorted forward-slash paths; missing inputs are skipped. */
export function listInputFiles(root, inputs = BUILD_INPUTS) {
  const files = [];
  const visit = (rel) => {
    if (EXCLUDED_DIRS.includes(rel)) return;
    const abs = path.join(root, rel);
    for (const entry of readdirSync(abs, { withFileTypes: true })) {
      const child = `${rel}/${entry.name}`;
      if (entry.isDirectory()) visit(child);
      else if (entry.isFile() && !EXCLUDED_FILE.test(entry.name)) files.push(child);
    }
  };
  for (const input of inputs) {
    const abs = path.join(root, input);
    if (!existsSync(abs)) continue;
    if (statSync(abs).isDirectory()) visit(input);
    else files.push(input);
  }
  // Sorted so the hash does not depend on directory listing order.
  return [...new Set(files)].sort();
}

/** One hash over the names and contents of all inputs: renames and edits both count. */
export function computeBuildHash(root, inputs = BUILD_INPUTS) {
  const hash = createHash("sha256");
  for (const file of listInputFiles(root, inputs)) {
    hash.update(`${file}\0`);
    hash.update(
      createHash("sha256")
        .update(readFileSync(path.join(root, file)))
        .digest("hex"),
    );
    hash.update("\n");
  }
  return hash.digest("hex");
}

/** Whether a build is needed and why. */
export function buildStatus(root, inputs = BUILD_INPUTS) {
  const hash = computeBuildHash(root, inputs);
  if (!existsSync(path.join(root, BUILD_ID))) return { needed: true, reason: "no previous build", hash };
  const storedFile = path.join(root, HASH_FILE);
  const stored = existsSync(storedFile) ? readFileSync(storedFile, "utf8").trim() : null;
  if (stored !== hash) return { needed: true, reason: "sources changed", hash };
  return { needed: false, reason: null, hash };
}

/**
 * Call only after a successful build. The hash is taken afterwards because
 * next build may itself rewrite an input (it edits tsconfig.json when it
 * wants different settings); a hash from before would then never match.
 */
export function recordBuild(root, inputs = BUILD_INPUTS) {
  const hash = computeBuildHash(root, inputs);
  writeFileSync(path.join(root, HASH_FILE), `${hash}\n`);
  return hash;
}
