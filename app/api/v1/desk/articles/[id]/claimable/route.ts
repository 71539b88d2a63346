import { NextResponse } from "next/server";
import { desk } from "@/server/desk";
import { route } from "@/server/http";

export const GET = route<{ params: Promise<{ id: string }> }>(async (_request, { params }) => {
  return NextResponse.json({ items: await desk.claimable((await params).id) });
});
