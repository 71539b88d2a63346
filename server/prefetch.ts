import "server-only";
import { dehydrate, type QueryKey } from "@tanstack/react-query";
import { notFound } from "next/navigation";
import { getQueryClient } from "@/lib/query/client";
import { AppError } from "./errors";

type Entry = { queryKey: QueryKey; queryFn: () => Promise<unknown> };

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
