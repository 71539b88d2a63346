import { atomFeed, atomResponse } from "@/server/reader/feeds";

export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return atomResponse(request, atomFeed);
}
