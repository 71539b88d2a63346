import { NextResponse } from "next/server";
import { setClaimPublished } from "@/server/claims";
import { readJson, route } from "@/server/http";

type Context = { params: Promise<{ id: string }> };

/** Body: { version } — the claim version the editor saw. */
export const POST = route<Context>(async (request, { params }) => {
  const { id } = await params;
  return NextResponse.json(await setClaimPublished(id, await readJson(request), false));
});
