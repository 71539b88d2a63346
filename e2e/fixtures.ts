import { execFileSync } from "node:child_process";
import path from "node:path";
import { test as base, expect } from "@playwright/test";
import { E2E_DB_FILE, countRows, resetDatabase } from "./support/database";

const ROOT = path.resolve(__dirname, "..");

type Fixtures = {
  /** Resets the database before every test; tests add what they need. */
  freshDb: { count: typeof countRows; seedDemo: () => void };
};

export const test = base.extend<Fixtures>({
  freshDb: [
    async ({}, use) => {
      resetDatabase();
      await use({
        count: countRows,
        // The curated demo, loaded by the same script `npm start` uses.
        seedDemo: () =>
          execFileSync(path.join(ROOT, "node_modules/.bin/tsx"), ["--conditions=react-server", "scripts/seed.ts"], {
            cwd: ROOT,
            env: { ...process.env, DATABASE_URL: `file:${E2E_DB_FILE}` },
            stdio: "pipe",
          }),
      });
    },
    { auto: true },
  ],
});

export { expect };
