import { NextResponse } from "next/server";
import { addEvidence } from "@/server/evidence";
import { readJson, route } from "@/server/http";

type Context = { params: Promise<{ id: string }> };

export const POST = route<Context>(async (request, { params }) => {
  const { id } = await params;
  return NextResponse.json(await addEvidence(id, await readJson(request)), { status: 201 });
});
