import { markAllNotificationsRead } from "@/lib/contracts/api/notes";
import { handle } from "@/server/http/handle";
import { markAllRead } from "@/server/notifications/notifications";

export const POST = handle(markAllNotificationsRead, async () => markAllRead());
