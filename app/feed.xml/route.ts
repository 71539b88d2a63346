import { atomFeed } from "@/server/feeds";

export const dynamic = "force-dynamic";

export async function GET() {
  return new Response(await atomFeed(), { headers: { "content-type": "application/atom+xml; charset=utf-8" } });
}
