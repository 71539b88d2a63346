import { reviewQuoteEdit as reviewEndpoint } from "@/lib/contracts/api/sources";
import { handle } from "@/server/http/handle";
import { reviewQuoteEdit } from "@/server/archive/edits";

export const POST = handle(reviewEndpoint, async ({ params }) => reviewQuoteEdit(params.id));
