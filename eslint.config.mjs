// Lint rules, run by `npm test` (scripts/test.mjs) and `npm run lint`. Next's
// own config plus the rules that keep the code's shape (docs/architecture.md):
// Prisma only in server/, settings only through the env module, nothing on
// the browser's side importing server/, and no import circles.
import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";
import prettier from "eslint-config-prettier/flat";

const SOURCES = ["app/**", "components/**", "lib/**", "server/**", "proxy.ts"];

export default defineConfig([
  ...nextVitals,
  ...nextTypescript,
  prettier,
  globalIgnores([
    ".next/**",
    "node_modules/**",
    "server/generated/**",
    "data/**",
    "test-results/**",
    "playwright-report/**",
    "next-env.d.ts",
    "public/bench/**",
  ]),
  {
    settings: { "import/resolver": { typescript: { project: "./tsconfig.json" } } },
    rules: {
      "import/no-cycle": ["error", { ignoreExternal: true }],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" }],
    },
  },
  {
    // The browser's side and the shared code never reach into server/, even
    // for types: what both sides see lives in lib/contracts.
    files: ["components/**", "lib/**"],
    rules: {
      "import/no-restricted-paths": [
        "error",
        {
          zones: [
            { target: ["./components", "./lib"], from: "./server", message: "Put the shared type in lib/contracts; the browser's side never imports server/." },
          ],
        },
      ],
    },
  },
  {
    // Prisma (its client, its adapters and the generated clients) only in server/.
    files: ["app/**", "components/**", "lib/**", "proxy.ts", "e2e/**", "test/**", "seeds/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@prisma/*", "**/generated/prisma*", "@/server/generated/*"],
              message: "Prisma is used only in server/ (through server/platform/db.ts).",
            },
          ],
        },
      ],
    },
  },
  {
    // Every setting is read once, validated, in server/platform/env.ts.
    files: SOURCES,
    ignores: ["server/platform/env.ts"],
    rules: {
      "no-restricted-properties": ["error", { object: "process", property: "env", message: "Read settings through env in server/platform/env.ts." }],
    },
  },
  {
    // Tests set up the environment a module under test reads.
    files: ["**/*.test.ts", "**/*.test.tsx"],
    rules: { "no-restricted-properties": "off" },
  },
  {
    // Reader pages link with plain <a>: each navigation is a document request
    // that the page cache (and a CDN) can answer, not a per-request RSC render.
    files: ["app/(reader)/**", "components/reader/**"],
    rules: { "@next/next/no-html-link-for-pages": "off" },
  },
  {
    // Playwright fixtures: `use` is Playwright's, and a test asks for a
    // fixture by name for its effect (a signed-in page) without reading it.
    files: ["e2e/**"],
    rules: {
      "react-hooks/rules-of-hooks": "off",
      "@typescript-eslint/no-unused-vars": ["error", { args: "none", varsIgnorePattern: "^_" }],
    },
  },
  {
    // Next's own switch between its runtimes: not a setting.
    files: ["instrumentation.ts"],
    rules: { "no-restricted-properties": "off" },
  },
]);
