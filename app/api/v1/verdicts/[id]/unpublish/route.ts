import { NextResponse } from "next/server";
import { readJson, route } from "@/server/http";
import { setVerdictPublished } from "@/server/verdicts";

type Context = { params: Promise<{ id: string }> };

/** Body: { version } — the claim's version the editor saw. */
export const POST = route<Context>(async (request, { params }) => {
  const { id } = await params;
  const verdict = await setVerdictPublished(id, await readJson(request), false);
  return NextResponse.json({ ...verdict, decidedAt: verdict.decidedAt.toISOString(), publishedAt: verdict.publishedAt?.toISOString() ?? null });
});
