import { execFileSync } from "node:child_process";
import path from "node:path";
import { test as base, expect } from "@playwright/test";
import { createAccount, signIn, type Account } from "./support/auth";
import { E2E_DATABASE_URL, countRows, resetDatabase } from "./support/database";

const ROOT = path.resolve(__dirname, "..");

type Fixtures = {
  /** Resets the database before every test; tests add what they need. */
  freshDb: { count: typeof countRows; seedDemo: () => void };
  /** Makes accounts and signs a request context in, without the UI. */
  accounts: { create: (role: Account["role"], name?: string) => Account; signIn: typeof signIn };
  /** The page's browser context signed in as a new editor; `page.request` calls the API as them. */
  editor: Account;
  /** The same, as an admin. */
  admin: Account;
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
            env: { ...process.env, DATABASE_URL: E2E_DATABASE_URL },
            stdio: "pipe",
          }),
      });
    },
    { auto: true },
  ],
  accounts: async ({ freshDb }, use) => {
    void freshDb;
    await use({ create: createAccount, signIn });
  },
  editor: async ({ page, accounts, baseURL }, use) => {
    const account = accounts.create("editor");
    await signIn(page.request, account, baseURL!);
    await use(account);
  },
  admin: async ({ page, accounts, baseURL }, use) => {
    const account = accounts.create("admin");
    await signIn(page.request, account, baseURL!);
    await use(account);
  },
});

export { expect };
