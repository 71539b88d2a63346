import { atomResponse, eventFeed } from "@/server/syndication/feeds";

export const dynamic = "force-dynamic";

/** Atom feed of the event's published verdicts (issue 17). */
export async function GET(request: Request, { params }: RouteContext<"/events/[slug]/feed.xml">) {
  const { slug } = await params;
  return atomResponse(request, () => eventFeed(slug));
}
