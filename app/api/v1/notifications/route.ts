import { listNotifications } from "@/lib/contracts/api/notes";
import { handle } from "@/server/http/handle";
import { listMyNotifications } from "@/server/notifications/notifications";

/** The signed-in editor's own notifications, newest first. */
export const GET = handle(listNotifications, async ({ query }) => listMyNotifications(Object.fromEntries(query)));
