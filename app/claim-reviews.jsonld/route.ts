import { withReaderEtag } from "@/server/http/conditional";
import { claimReviewFeed } from "@/server/syndication/claim-review-feed";

export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return withReaderEtag(
    request,
    async () => new Response(JSON.stringify(await claimReviewFeed()), { headers: { "content-type": "application/ld+json; charset=utf-8" } }),
  );
}
