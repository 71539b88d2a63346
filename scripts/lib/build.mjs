// Builds the production app only when its sources changed since the last
// successful build (see build-hash.mjs). Used by `npm start` and `npm test`.
import { buildStatus, recordBuild } from "./build-hash.mjs";
import { bin, ROOT, run } from "./run.mjs";

export async function ensureBuild() {
  const status = buildStatus(ROOT);
  if (!status.needed) {
    console.log("Build is up to date (sources unchanged); skipping next build.");
    return;
  }
  console.log(`Building (${status.reason})…`);
  await run(bin("next"), ["build"]);
  recordBuild(ROOT);
}
