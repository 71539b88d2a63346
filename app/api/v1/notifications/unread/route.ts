import { unreadNotifications } from "@/lib/contracts/api/notes";
import { handle } from "@/server/http/handle";
import { myUnreadCount } from "@/server/notifications/notifications";

/** The desk header's badge polls this. */
export const GET = handle(unreadNotifications, async () => myUnreadCount());
