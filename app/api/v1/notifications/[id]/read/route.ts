import { markNotificationRead } from "@/lib/contracts/api/notes";
import { handle } from "@/server/http/handle";
import { markRead } from "@/server/notifications/notifications";

export const POST = handle(markNotificationRead, async ({ params }) => markRead(params.id));
