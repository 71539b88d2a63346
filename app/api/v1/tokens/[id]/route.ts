import { NextResponse } from "next/server";
import { revokeApiToken } from "@/server/api-tokens";
import { route } from "@/server/http";
import { requireEditor } from "@/server/session";

type Context = { params: Promise<{ id: string }> };

export const DELETE = route<Context>(async (_request, { params }) => {
  const user = await requireEditor();
  const { id } = await params;
  await revokeApiToken(id, user.id);
  return new NextResponse(null, { status: 204 });
});
