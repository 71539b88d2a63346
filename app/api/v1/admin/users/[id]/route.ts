import { NextResponse } from "next/server";
import { AccountPatchSchema } from "@/lib/schemas/auth";
import { setAccountDisabled } from "@/server/accounts";
import { AppError, parseInput } from "@/server/errors";
import { readJson, route } from "@/server/http";
import { requireAdmin } from "@/server/session";

type Context = { params: Promise<{ id: string }> };

/** Body: { disabled: boolean }. Disabling ends the account's sessions and tokens. */
export const PATCH = route<Context>(async (request, { params }) => {
  const admin = await requireAdmin();
  const { id } = await params;
  const { disabled } = parseInput(AccountPatchSchema, await readJson(request, 1024));
  if (disabled && id === admin.id) throw new AppError("invalid", "You cannot disable your own account.");
  const user = await setAccountDisabled(id, disabled, admin);
  return NextResponse.json({ id: user.id, disabled });
});
