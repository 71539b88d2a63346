import { createAccount as createAccountEndpoint, listAccounts as listAccountsEndpoint } from "@/lib/contracts/api/accounts";
import { createAccount, listAccounts } from "@/server/auth/accounts";
import { handle } from "@/server/http/handle";

export const GET = handle(listAccountsEndpoint, async () => ({ items: await listAccounts() }));

export const POST = handle(createAccountEndpoint, async ({ body }) => {
  const { user, password, generated } = await createAccount(await body(16 * 1024));
  return { user, ...(generated ? { password } : {}) };
});
