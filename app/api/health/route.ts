import { NextResponse } from "next/server";
import { health } from "@/server/http/health";

// Never cached: a load balancer asks to learn about now.
export const dynamic = "force-dynamic";

export async function GET() {
  const status = await health();
  return NextResponse.json(status, { status: status.ok ? 200 : 503, headers: { "cache-control": "no-store" } });
}
