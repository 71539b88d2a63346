import { getCapture } from "@/lib/contracts/api/sources";
import { handle } from "@/server/http/handle";
import { archivedCapture } from "@/server/archive/archive";

export const GET = handle(getCapture, async ({ params }) => archivedCapture(params.id, "desk"));
