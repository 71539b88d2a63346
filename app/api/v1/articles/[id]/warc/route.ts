import { articleWarc as warcEndpoint } from "@/lib/contracts/api/sources";
import { handle } from "@/server/http/handle";
import { articleWarc } from "@/server/archive/archive";

export const GET = handle(warcEndpoint, async ({ params }) => {
  const { filename, body } = await articleWarc(params.id);
  return new Response(Buffer.from(body), {
    headers: { "content-type": "application/warc", "content-disposition": `attachment; filename="${filename}"`, "cache-control": "no-store" },
  });
});
