import { NextResponse } from "next/server";
import { createClaim as createEndpoint, listClaims } from "@/lib/contracts/api/claims";
import { createClaim } from "@/server/claims/claims";
import { withReaderEtag } from "@/server/http/conditional";
import { handle } from "@/server/http/handle";
import { readerClaimsFromQuery } from "@/server/reader/claims";

export const GET = handle(listClaims, async ({ request, query }) => {
  const read = readerClaimsFromQuery(query);
  return withReaderEtag(request, async () => NextResponse.json(await read()));
});

export const POST = handle(createEndpoint, async ({ body }) => createClaim(await body()));
