import { getNotificationSettings, updateNotificationSettings } from "@/lib/contracts/api/notes";
import { handle } from "@/server/http/handle";
import { myNotificationSettings, updateMyNotificationSettings } from "@/server/notifications/notifications";

export const GET = handle(getNotificationSettings, async () => myNotificationSettings());

export const PATCH = handle(updateNotificationSettings, async ({ body }) => updateMyNotificationSettings(await body(4 * 1024)));
