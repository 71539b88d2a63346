import { atomFeed, atomResponse } from "@/server/syndication/feeds";

export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return atomResponse(request, atomFeed);
}
