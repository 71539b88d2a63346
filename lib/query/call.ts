// The browser's side of an endpoint contract (lib/contracts/endpoint.ts):
// checks the input with the endpoint's own schema, sends it, and answers
// with the typed output or throws an ApiError carrying the API's error body.
import { fieldErrors } from "@/lib/form-errors";
import { pathOf, searchOf, type AnyEndpoint, type ArgsOf, type Empty, type OutputOf } from "@/lib/contracts/endpoint";
import { api, ApiError } from "./api";

/** `[args]`, optional when the endpoint needs neither parameters nor input. */
export type CallArgs<E extends AnyEndpoint> = Empty extends ArgsOf<E> ? [args?: ArgsOf<E>] : [args: ArgsOf<E>];

const hasBody = (method: string) => method === "POST" || method === "PATCH";

function checkedInput(ep: AnyEndpoint, input: unknown): unknown {
  if (!ep.input) return undefined;
  const parsed = ep.input.safeParse(input ?? {});
  if (parsed.success) return parsed.data;
  const fields = fieldErrors(parsed.error);
  throw new ApiError(422, { code: "invalid", message: Object.values(fields)[0]?.[0] ?? "Invalid input.", fields });
}

/** The URL of a GET endpoint with its parameters and query, for links and downloads. */
export function urlOf<E extends AnyEndpoint>(ep: E, ...[args]: CallArgs<E>): string {
  const a = (args ?? {}) as { params?: Record<string, string>; input?: unknown };
  return pathOf(ep.path, a.params) + (hasBody(ep.method) ? "" : searchOf(checkedInput(ep, a.input)));
}

/** Async, so an invalid input rejects like a refused request does rather than throwing. */
export async function call<E extends AnyEndpoint>(ep: E, ...[args]: CallArgs<E>): Promise<OutputOf<E>> {
  const a = (args ?? {}) as { params?: Record<string, string>; input?: unknown };
  const input = checkedInput(ep, a.input);
  const url = pathOf(ep.path, a.params) + (hasBody(ep.method) ? "" : searchOf(input));
  return api<OutputOf<E>>(url, { method: ep.method, ...(hasBody(ep.method) ? { json: input ?? {} } : {}) });
}
