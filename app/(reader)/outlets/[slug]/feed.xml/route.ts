import { atomResponse, outletFeed } from "@/server/syndication/feeds";

export const dynamic = "force-dynamic";

/** Atom feed of the outlet's published verdicts (issue 17). */
export async function GET(request: Request, { params }: RouteContext<"/outlets/[slug]/feed.xml">) {
  const { slug } = await params;
  return atomResponse(request, () => outletFeed(slug));
}
