import { NextResponse } from "next/server";
import { removeEvidence } from "@/server/evidence";
import { route } from "@/server/http";

type Context = { params: Promise<{ id: string }> };

export const DELETE = route<Context>(async (_request, { params }) => {
  const { id } = await params;
  await removeEvidence(id);
  return new NextResponse(null, { status: 204 });
});
