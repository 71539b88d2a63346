import { NextResponse } from "next/server";
import { listClaimCandidates } from "@/server/claim-candidates";
import { route } from "@/server/http";

export const GET = route<{ params: Promise<{ id: string }> }>(async (_request, { params }) => {
  return NextResponse.json({ items: await listClaimCandidates((await params).id) });
});
