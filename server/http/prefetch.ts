import "server-only";
import { dehydrate, type QueryKey } from "@tanstack/react-query";
import { notFound } from "next/navigation";
import { queryKeyOf, type AnyEndpoint, type ArgsOf, type OutputOf } from "@/lib/contracts/endpoint";
import { getQueryClient } from "@/lib/query/client";
import { AppError } from "@/server/platform/errors";

type Entry = { queryKey: QueryKey; queryFn: () => Promise<unknown> };

/**
 * The server's half of a desk query: the endpoint's own key (so the browser
 * finds it in the hydrated cache) with a reader that calls the data-access
 * layer directly, answering what the endpoint would.
 */
export function serverQuery<E extends AnyEndpoint>(ep: E, args: ArgsOf<E>, read: () => Promise<OutputOf<E>>): Entry {
  const a = args as { params?: Record<string, string>; input?: unknown };
  return { queryKey: queryKeyOf(ep.path, a.params, a.input), queryFn: read };
}

/**
 * Runs a desk page's reads on the server into a per-request query client and
 * returns the state to hydrate; a missing record becomes the 404 page.
 */
export async function prefetchDesk(entries: Entry[]) {
  const client = getQueryClient();
  try {
    await Promise.all(entries.map((e) => client.fetchQuery(e)));
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  }
  return dehydrate(client);
}
