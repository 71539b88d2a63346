import { deskWorkflow } from "@/lib/contracts/api/workflow";
import { desk } from "@/server/desk/desk";
import { handle } from "@/server/http/handle";

export const GET = handle(deskWorkflow, () => desk.workflow());
