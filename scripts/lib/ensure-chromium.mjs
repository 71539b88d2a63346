// Finds a Chromium for the end-to-end tests. Playwright's own browser
// download is unreachable on our machines, so Debian's package is the
// default; anywhere else Playwright's installed browser still works.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const CANDIDATES = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable"];

function findChromium() {
  if (process.env.CHROMIUM_PATH) return existsSync(process.env.CHROMIUM_PATH) ? process.env.CHROMIUM_PATH : null;
  return CANDIDATES.find((p) => existsSync(p)) ?? null;
}

async function playwrightHasOwnBrowser() {
  try {
    const { chromium } = await import("playwright-core");
    return existsSync(chromium.executablePath());
  } catch {
    return false;
  }
}

function canApt() {
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  return isRoot && spawnSync("sh", ["-c", "command -v apt-get"], { stdio: "ignore" }).status === 0;
}

/** Returns the path to use (null = Playwright's own browser), installing Debian's package when it can. */
export async function ensureChromium() {
  const found = findChromium();
  if (found) return found;
  if (await playwrightHasOwnBrowser()) return null;
  if (canApt()) {
    console.log("No Chromium found: installing Debian's chromium package (apt-get install -y chromium)…");
    execFileSync("apt-get", ["update"], { stdio: "inherit" });
    execFileSync("apt-get", ["install", "-y", "--no-install-recommends", "chromium"], {
      stdio: "inherit",
      env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
    });
    const installed = findChromium();
    if (installed) return installed;
  }
  throw new Error(
    "The end-to-end tests need Chromium and none was found.\n" +
      "  Debian/Ubuntu: sudo apt-get install -y chromium\n" +
      "  Elsewhere:     npx playwright install chromium   (needs access to Playwright's download host)\n" +
      "  Or point CHROMIUM_PATH at a Chromium or Chrome executable.",
  );
}
