import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";

// Route handlers run inside route() (server/http/route.ts), which records the
// request here, so the session is read from the request itself — the same
// way in a test that calls a handler directly as under Next. Server
// components have no route() around them and read next/headers instead.
const store = new AsyncLocalStorage<Request>();

export const withRequest = <T>(request: Request, fn: () => Promise<T>) => store.run(request, fn);
export const currentRequest = () => store.getStore() ?? null;
