import { revokeToken } from "@/lib/contracts/api/accounts";
import { revokeMyToken } from "@/server/auth/my-tokens";
import { handle } from "@/server/http/handle";

export const DELETE = handle(revokeToken, async ({ params }) => revokeMyToken(params.id));
