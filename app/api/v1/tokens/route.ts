import { createToken, listTokens } from "@/lib/contracts/api/accounts";
import { createMyToken, listMyTokens } from "@/server/auth/my-tokens";
import { handle } from "@/server/http/handle";

/** The signed-in editor's own tokens (never the secrets). */
export const GET = handle(listTokens, async () => ({ items: await listMyTokens() }));

/** The token is in the answer once and never again. */
export const POST = handle(createToken, async ({ body }) => createMyToken(await body(4 * 1024)));
