// Component tests (the "components" project in vitest.config.ts): jest-dom's
// matchers, and a clean document and network stub between tests.
import "@testing-library/jest-dom/vitest";
import { cleanup, configure } from "@testing-library/react";
import { afterEach, vi } from "vitest";

// The default second is short on the shared two-core machine: findBy* and
// waitFor only wait as long as they must, so a longer bound costs nothing.
configure({ asyncUtilTimeout: 5_000 });

// Testing Library cleans up by itself only where Vitest's globals are on.
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  // Local drafts (components/editor/drafts) must not carry over to the next test.
  window.localStorage.clear();
});

// jsdom lays nothing out and has no scrollIntoView; forms that bring
// themselves into view call it (tests spy on it).
Element.prototype.scrollIntoView = function scrollIntoView() {};
