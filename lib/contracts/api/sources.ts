// Sources by URL (issue 15): fetch a page, archive it, and answer what it says.
import { FetchUrlSchema } from "@/lib/schemas/source";
import { endpoint } from "../endpoint";
import type { FetchedArticle } from "../sources";

/** Nothing is created but the capture; a refused or unreadable page answers 422 with `details.reason` (and `details.captureId` when archived). */
export const fetchArticle = endpoint<FetchedArticle>()({ method: "POST", path: "/api/v1/articles/fetch", input: FetchUrlSchema, status: 200 });
