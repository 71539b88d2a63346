import { NextResponse } from "next/server";
import { RATINGS } from "@/lib/verdicts";
import { createClaim } from "@/server/claims";
import { withReaderEtag } from "@/server/conditional";
import { invalid } from "@/server/errors";
import { readJson, route } from "@/server/http";
import { findReaderClaims, parseReaderQuery } from "@/server/reader-claims";

export const GET = route(async (request) => {
  const params = new URL(request.url).searchParams;
  const rating = params.get("rating");
  // Kept word for word from v1's first release: clients match on it.
  if (rating && rating !== "pending" && !(RATINGS as readonly string[]).includes(rating)) {
    throw invalid(`Unknown rating “${rating}”.`, { rating: [`Use one of: pending, ${RATINGS.join(", ")}.`] });
  }
  const { filter, page } = parseReaderQuery(params);
  return withReaderEtag(request, async () => NextResponse.json(await findReaderClaims(filter, page)));
});

export const POST = route(async (request) => {
  const claim = await createClaim(await readJson(request));
  return NextResponse.json(claim, { status: 201 });
});
