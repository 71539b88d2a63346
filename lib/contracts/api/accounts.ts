// Accounts (admins) and personal API tokens (every editor, for their own).
import { ApiTokenCreateSchema } from "@/lib/schemas/api-token";
import { AccountPatchSchema, UserCreateSchema } from "@/lib/schemas/auth";
import type { AccountCreated, AccountPatched, AccountRow, TokenCreated, TokenRow } from "../accounts";
import type { Items } from "../desk";
import { endpoint } from "../endpoint";

export const listAccounts = endpoint<Items<AccountRow>>()({ method: "GET", path: "/api/v1/admin/users" });
/** Without a password one is generated and answered once. */
export const createAccount = endpoint<AccountCreated>()({ method: "POST", path: "/api/v1/admin/users", input: UserCreateSchema, status: 201 });
/** Disabling ends the account's sessions and tokens. */
export const patchAccount = endpoint<AccountPatched>()({ method: "PATCH", path: "/api/v1/admin/users/[id]", input: AccountPatchSchema });

export const listTokens = endpoint<Items<TokenRow>>()({ method: "GET", path: "/api/v1/tokens" });
export const createToken = endpoint<TokenCreated>()({ method: "POST", path: "/api/v1/tokens", input: ApiTokenCreateSchema, status: 201 });
export const revokeToken = endpoint<void>()({ method: "DELETE", path: "/api/v1/tokens/[id]", status: 204 });
