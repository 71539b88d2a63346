import { atomResponse, claimFeed } from "@/server/syndication/feeds";

export const dynamic = "force-dynamic";

/** Atom feed of the claim's published verdicts (issue 17). */
export async function GET(request: Request, { params }: RouteContext<"/claims/[id]/feed.xml">) {
  const { id } = await params;
  return atomResponse(request, () => claimFeed(id));
}
