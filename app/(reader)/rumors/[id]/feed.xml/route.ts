import { atomResponse, rumorFeed } from "@/server/syndication/feeds";

export const dynamic = "force-dynamic";

/** Atom feed of the rumor's published verdicts (issue 17). */
export async function GET(request: Request, { params }: RouteContext<"/rumors/[id]/feed.xml">) {
  const { id } = await params;
  return atomResponse(request, () => rumorFeed(id));
}
