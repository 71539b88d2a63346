import { listInbox as listEndpoint } from "@/lib/contracts/api/sources";
import { handle } from "@/server/http/handle";
import { listInbox } from "@/server/feeds/inbox";

export const GET = handle(listEndpoint, async () => ({ items: await listInbox() }));
