import { bulkClaims as endpoint } from "@/lib/contracts/api/desk-lists";
import { handle } from "@/server/http/handle";
import { bulkClaims } from "@/server/worklists/bulk-actions";

export const POST = handle(endpoint, async ({ body }) => bulkClaims(await body(64 * 1024)));
