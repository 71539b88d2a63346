import { claimReviewFeed } from "@/server/feeds";

export const dynamic = "force-dynamic";

export async function GET() {
  return new Response(JSON.stringify(await claimReviewFeed()), { headers: { "content-type": "application/ld+json; charset=utf-8" } });
}
