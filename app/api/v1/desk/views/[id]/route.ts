import { deleteSavedView as endpoint } from "@/lib/contracts/api/desk-lists";
import { handle } from "@/server/http/handle";
import { deleteSavedView } from "@/server/worklists/saved-views";

export const DELETE = handle(endpoint, async ({ params }) => void (await deleteSavedView(params.id)));
