import "server-only";
import { AppError } from "@/server/platform/errors";
import { createApiToken, listApiTokens, revokeApiToken } from "./api-tokens";
import { getSession, requireEditor } from "./session";

// The signed-in editor's own personal API tokens, for the desk and the API
// (api-tokens.ts works for any user and serves the CLI and sign-in).

export async function listMyTokens() {
  return listApiTokens((await requireEditor()).id);
}

export async function createMyToken(input: unknown) {
  const user = await requireEditor();
  // A token cannot mint more tokens: a leaked one stays revocable from the desk.
  if ((await getSession())?.via === "token") throw new AppError("forbidden", "Create tokens from the desk, signed in with your password.");
  return createApiToken(user.id, input);
}

export async function revokeMyToken(id: string) {
  await revokeApiToken(id, (await requireEditor()).id);
}
