import { getNewsroomSettings, updateNewsroomSettings } from "@/lib/contracts/api/workflow";
import { handle } from "@/server/http/handle";
import { getSettings, updateSettings } from "@/server/workflow/settings";

export const GET = handle(getNewsroomSettings, () => getSettings());
export const PATCH = handle(updateNewsroomSettings, async ({ body }) => updateSettings(await body()));
