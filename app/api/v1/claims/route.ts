import { NextResponse } from "next/server";
import { RATINGS } from "@/lib/verdicts";
import { createClaim } from "@/server/claims";
import { invalid } from "@/server/errors";
import { readJson, route } from "@/server/http";
import { listPublicClaims } from "@/server/public-claims";

export const GET = route(async (request) => {
  const params = new URL(request.url).searchParams;
  const rating = params.get("rating") ?? undefined;
  if (rating && rating !== "pending" && !(RATINGS as readonly string[]).includes(rating)) {
    throw invalid(`Unknown rating “${rating}”.`, { rating: [`Use one of: pending, ${RATINGS.join(", ")}.`] });
  }
  const items = await listPublicClaims({
    eventId: params.get("eventId") ?? undefined,
    rating: rating === "pending" ? undefined : rating,
    pending: rating === "pending",
  });
  return NextResponse.json({ items });
});

export const POST = route(async (request) => {
  const claim = await createClaim(await readJson(request));
  return NextResponse.json(claim, { status: 201 });
});
