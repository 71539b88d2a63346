import { deskOutlets } from "@/lib/contracts/api/desk";
import { desk } from "@/server/desk/desk";
import { handle } from "@/server/http/handle";

export const GET = handle(deskOutlets, () => desk.outlets());
