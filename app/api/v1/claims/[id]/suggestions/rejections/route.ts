import { NextResponse } from "next/server";
import { readJson, route } from "@/server/http";
import { rejectSuggestion } from "@/server/suggestions";

type Context = { params: Promise<{ id: string }> };

export const POST = route<Context>(async (request, { params }) => {
  const { id } = await params;
  return NextResponse.json(await rejectSuggestion(id, await readJson(request)), { status: 201 });
});
