import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { buildStatus, computeBuildHash, listInputFiles, recordBuild } from "./build-hash.mjs";

// A throwaway project tree: the decision `npm start` makes about rebuilding.
let root: string;

function write(rel: string, content: string) {
  mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
  writeFileSync(path.join(root, rel), content);
}

function fakeBuild() {
  write(".next/BUILD_ID", "build-1");
  recordBuild(root);
}

beforeEach(() => {
  root = mkdtempSync(path.join(os.tmpdir(), "hindsight-build-hash-"));
  write("app/page.tsx", "export default function Page() { return null; }");
  write("lib/dates.ts", "export const x = 1;");
  write("server/platform/db.ts", "export const db = {};");
  write("server/generated/prisma/client.ts", "// generated");
  write("server/claims/claims.test.ts", "// a test");
  write("next.config.ts", "export default {};");
  write("package-lock.json", "{}");
  write("tsconfig.json", "{}");
  write("prisma/schema.prisma", "// schema");
  write("README.md", "not an input");
});

afterEach(() => rmSync(root, { recursive: true, force: true }));

describe("build inputs", () => {
  it("lists sources sorted, without generated code, tests or non-inputs", () => {
    expect(listInputFiles(root)).toEqual([
      "app/page.tsx",
      "lib/dates.ts",
      "next.config.ts",
      "package-lock.json",
      "prisma/schema.prisma",
      "server/platform/db.ts",
      "tsconfig.json",
    ]);
  });

  it("changes the hash on an edit, an added file or a rename, and only then", () => {
    const first = computeBuildHash(root);
    expect(computeBuildHash(root)).toBe(first);

    write("README.md", "edited, but not an input");
    write("server/generated/prisma/client.ts", "// regenerated");
    write("lib/dates.test.ts", "// new test");
    expect(computeBuildHash(root)).toBe(first);

    write("lib/dates.ts", "export const x = 2;");
    const edited = computeBuildHash(root);
    expect(edited).not.toBe(first);

    write("public/logo.svg", "<svg/>");
    const added = computeBuildHash(root);
    expect(added).not.toBe(edited);

    renameSync(path.join(root, "lib/dates.ts"), path.join(root, "lib/days.ts"));
    expect(computeBuildHash(root)).not.toBe(added);
  });
});

describe("buildStatus", () => {
  it("builds when there is no previous build", () => {
    expect(buildStatus(root)).toMatchObject({ needed: true, reason: "no previous build" });
    write(".next/hindsight-build-hash", computeBuildHash(root));
    expect(buildStatus(root)).toMatchObject({ needed: true, reason: "no previous build" });
  });

  it("skips the build when nothing changed since the last one", () => {
    fakeBuild();
    expect(buildStatus(root)).toMatchObject({ needed: false, reason: null });
  });

  it("rebuilds when sources changed or the stored hash is missing", () => {
    fakeBuild();
    write("app/page.tsx", "export default function Page() { return 'changed'; }");
    expect(buildStatus(root)).toMatchObject({ needed: true, reason: "sources changed" });

    fakeBuild();
    rmSync(path.join(root, ".next/hindsight-build-hash"));
    expect(buildStatus(root)).toMatchObject({ needed: true, reason: "sources changed" });
  });
});
