import { patchAccount as endpoint } from "@/lib/contracts/api/accounts";
import { patchAccount } from "@/server/auth/accounts";
import { handle } from "@/server/http/handle";

export const PATCH = handle(endpoint, async ({ params, body }) => patchAccount(params.id, await body(1024)));
