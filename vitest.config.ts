import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(__dirname),
      // server-only throws outside React Server Components; tests run the
      // server modules directly.
      "server-only": path.resolve(__dirname, "test/server-only-stub.ts"),
    },
  },
  test: {
    include: ["**/*.test.ts", "**/*.test.tsx"],
    exclude: ["node_modules/**", "e2e/**", ".next/**", "data/**"],
    setupFiles: ["test/setup-db.ts"],
    // Creates the PostgreSQL template database when HINDSIGHT_TEST_DB=postgresql.
    globalSetup: ["test/pg-global-setup.ts"],
    testTimeout: 60_000,
    pool: "forks",
  },
});
