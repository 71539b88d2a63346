import { NextResponse } from "next/server";
import { deleteClaim, updateClaim } from "@/server/claims";
import { readJson, route } from "@/server/http";
import { getReaderClaim } from "@/server/reader-claims";

type Context = { params: Promise<{ id: string }> };

export const GET = route<Context>(async (_request, { params }) => {
  const { id } = await params;
  return NextResponse.json(await getReaderClaim(id));
});

export const PATCH = route<Context>(async (request, { params }) => {
  const { id } = await params;
  return NextResponse.json(await updateClaim(id, await readJson(request)));
});

export const DELETE = route<Context>(async (_request, { params }) => {
  const { id } = await params;
  await deleteClaim(id);
  return new NextResponse(null, { status: 204 });
});
