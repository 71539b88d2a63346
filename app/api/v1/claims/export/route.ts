import { exportClaims } from "@/lib/contracts/api/claims";
import { handle } from "@/server/http/handle";
import { exportFromQuery } from "@/server/reader/exports";

export const GET = handle(exportClaims, async ({ query }) => {
  const file = await exportFromQuery(query);
  return new Response(file.body, {
    headers: { "content-type": file.type, "content-disposition": `attachment; filename="${file.name}"` },
  });
});
