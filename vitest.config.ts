import path from "node:path";
import { defineConfig } from "vitest/config";

// Component tests render in jsdom and stub `fetch`, so they skip the per-file
// database (test/setup-db.ts) that the server and API tests need.
const COMPONENT_TESTS = "components/**/*.test.tsx";

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
    testTimeout: 60_000,
    // Set-up hooks seed real databases; a busy machine must not turn slowness into failures.
    hookTimeout: 60_000,
    pool: "forks",
    projects: [
      {
        extends: true,
        test: {
          name: "node",
          include: ["**/*.test.ts", "**/*.test.tsx"],
          exclude: ["node_modules/**", "e2e/**", ".next/**", "data/**", COMPONENT_TESTS],
          setupFiles: ["test/setup-db.ts"],
          // Creates the PostgreSQL template database when HINDSIGHT_TEST_DB=postgresql.
          globalSetup: ["test/pg-global-setup.ts"],
        },
      },
      {
        extends: true,
        test: {
          name: "components",
          include: [COMPONENT_TESTS],
          environment: "jsdom",
          setupFiles: ["test/setup-components.ts"],
        },
      },
    ],
  },
});
