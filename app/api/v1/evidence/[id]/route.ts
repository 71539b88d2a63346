import { NextResponse } from "next/server";
import { removeEvidence } from "@/server/evidence";
import { AppError } from "@/server/errors";
import { route } from "@/server/http";

type Context = { params: Promise<{ id: string }> };

/** `?version=N` (the claim's version) makes the removal refuse a stale view with 409. */
export const DELETE = route<Context>(async (request, { params }) => {
  const { id } = await params;
  const raw = new URL(request.url).searchParams.get("version");
  const version = raw === null ? undefined : Number(raw);
  if (version !== undefined && !(Number.isInteger(version) && version >= 1 && version <= 2_147_483_647)) {
    throw new AppError("invalid", "version must be a positive whole number.", { version: ["Must be a positive whole number."] });
  }
  await removeEvidence(id, undefined, version);
  return new NextResponse(null, { status: 204 });
});
