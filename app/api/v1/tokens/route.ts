import { NextResponse } from "next/server";
import { createApiToken, listApiTokens } from "@/server/api-tokens";
import { AppError } from "@/server/errors";
import { readJson, route } from "@/server/http";
import { getSession, requireEditor } from "@/server/session";

/** The signed-in editor's own tokens (never the secrets). */
export const GET = route(async () => {
  const user = await requireEditor();
  return NextResponse.json({ items: await listApiTokens(user.id) });
});

/** Body: { name }. The token is in the answer once and never again. */
export const POST = route(async (request) => {
  const user = await requireEditor();
  // A token cannot mint more tokens: a leaked one stays revocable from the desk.
  if ((await getSession())?.via === "token") throw new AppError("forbidden", "Create tokens from the desk, signed in with your password.");
  return NextResponse.json(await createApiToken(user.id, await readJson(request, 4 * 1024)), { status: 201 });
});
