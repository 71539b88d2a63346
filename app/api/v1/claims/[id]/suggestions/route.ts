import { NextResponse } from "next/server";
import { route } from "@/server/http";
import { suggestEvidence } from "@/server/suggestions";

type Context = { params: Promise<{ id: string }> };

export const GET = route<Context>(async (request, { params }) => {
  const { id } = await params;
  const limit = new URL(request.url).searchParams.get("limit") ?? undefined;
  return NextResponse.json({ items: await suggestEvidence(id, { limit }) });
});
