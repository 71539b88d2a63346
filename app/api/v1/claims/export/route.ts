import { invalid } from "@/server/errors";
import { exportClaims } from "@/server/exports";
import { route } from "@/server/http";
import { parseReaderQuery } from "@/server/reader-claims";

export const GET = route(async (request) => {
  const params = new URL(request.url).searchParams;
  const format = params.get("format") ?? "csv";
  if (format !== "csv" && format !== "json") throw invalid(`Unknown format “${format}”.`, { format: ["Use csv or json."] });
  const { filter } = parseReaderQuery(params);
  const file = await exportClaims(filter, format);
  return new Response(file.body, {
    headers: { "content-type": file.type, "content-disposition": `attachment; filename="${file.name}"` },
  });
});
