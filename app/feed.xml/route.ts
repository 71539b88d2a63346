import { withReaderEtag } from "@/server/http/conditional";
import { atomFeed } from "@/server/reader/feeds";

export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return withReaderEtag(request, async () => new Response(await atomFeed(), { headers: { "content-type": "application/atom+xml; charset=utf-8" } }));
}
