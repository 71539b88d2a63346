import { NextResponse } from "next/server";
import { readJson, route } from "@/server/http";
import { recordVerdict } from "@/server/verdicts";

type Context = { params: Promise<{ id: string }> };

export const POST = route<Context>(async (request, { params }) => {
  const { id } = await params;
  const verdict = await recordVerdict(id, await readJson(request));
  return NextResponse.json({ ...verdict, decidedAt: verdict.decidedAt.toISOString(), publishedAt: verdict.publishedAt?.toISOString() ?? null }, { status: 201 });
});
