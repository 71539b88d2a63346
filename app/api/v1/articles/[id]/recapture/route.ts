import { recaptureArticle } from "@/lib/contracts/api/sources";
import { handle } from "@/server/http/handle";
import { recaptureNow } from "@/server/sources/recapture";

export const POST = handle(recaptureArticle, async ({ params }) => recaptureNow(params.id));
