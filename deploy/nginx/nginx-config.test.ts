import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// docs/deploy.md shows the nginx files that e2e/shared-cache.spec.ts runs:
// they must not drift apart.
const read = (file: string) => readFileSync(path.join(__dirname, "../..", file), "utf8");

describe("deploy/nginx", () => {
  it("is shown in docs/deploy.md exactly as the shared-cache test runs it", () => {
    const docs = read("docs/deploy.md");
    for (const file of ["deploy/nginx/hindsight-http.conf", "deploy/nginx/hindsight-site.conf"]) {
      expect(docs, file).toContain("```nginx\n" + read(file).trimEnd() + "\n```");
    }
  });
});
