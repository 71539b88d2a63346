// Rendering for component tests: a fresh QueryClient per test, so no cached
// data or pending mutation leaks from one test into the next.
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { render } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { ReactElement } from "react";

export function renderWithClient(ui: ReactElement) {
  // No retries: a refused request must surface at once, as one request.
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  const user = userEvent.setup();
  const view = render(<QueryClientProvider client={queryClient}>{ui}</QueryClientProvider>);
  return { ...view, user, queryClient };
}
