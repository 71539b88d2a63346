import { listEditors as listEditorsContract } from "@/lib/contracts/api/notes";
import { handle } from "@/server/http/handle";
import { listEditors } from "@/server/notifications/editors";

export const GET = handle(listEditorsContract, async () => ({ items: await listEditors() }));
