// Component tests (the "components" project in vitest.config.ts): jest-dom's
// matchers, and a clean document and network stub between tests.
import "@testing-library/jest-dom/vitest";
import { cleanup } from "@testing-library/react";
import { afterEach, vi } from "vitest";

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});
