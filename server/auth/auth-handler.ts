import "server-only";
import { auth } from "./auth";
import { databaseWritable, isReadOnlyError, READ_ONLY_MESSAGE } from "@/server/platform/read-only";

const headers = { "content-type": "application/json", "cache-control": "no-store" };
const answer = (status: number, code: string, message: string) => new Response(JSON.stringify({ code, message }), { status, headers });

/**
 * Better Auth's handler, with an answer for what it leaves as a bare 500 or a
 * thrown error (a database error, e.g. when the rate limiter or the new
 * session cannot be stored): 503 with a clear message when the database is
 * read-only, otherwise a 500 that says something went wrong. The body has
 * Better Auth's shape (`code`, `message`), which the sign-in form shows.
 */
export async function authHandler(request: Request): Promise<Response> {
  let failure: unknown = null;
  try {
    const response = await auth.handler(request);
    if (response.status < 500) return response;
    if (!(await databaseWritable().catch(() => true))) return answer(503, "DATABASE_READ_ONLY", READ_ONLY_MESSAGE);
    if (response.headers.get("content-type")?.includes("json")) return response;
    failure = `answered ${response.status}`;
  } catch (error) {
    if (isReadOnlyError(error) || !(await databaseWritable().catch(() => true))) return answer(503, "DATABASE_READ_ONLY", READ_ONLY_MESSAGE);
    failure = error;
  }
  console.error(`Sign-in service error (${request.method} ${new URL(request.url).pathname})`, failure);
  return answer(500, "INTERNAL", "Something went wrong on our side; please try again.");
}
