import { NextResponse } from "next/server";
import { createAccount, listAccounts } from "@/server/accounts";
import { readJson, route } from "@/server/http";
import { requireAdmin } from "@/server/session";

export const GET = route(async () => {
  await requireAdmin();
  return NextResponse.json({ items: await listAccounts() });
});

/** Body: { email, role, name?, password? }. A generated password is in the answer, once. */
export const POST = route(async (request) => {
  const admin = await requireAdmin();
  const { user, password, generated } = await createAccount(await readJson(request, 16 * 1024), admin);
  return NextResponse.json({ user, ...(generated ? { password } : {}) }, { status: 201 });
});
