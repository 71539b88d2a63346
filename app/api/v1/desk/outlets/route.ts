import { deskOutlets } from "@/lib/contracts/api/desk-lists";
import { handle } from "@/server/http/handle";
import { listOutletOptions } from "@/server/worklists/article-list";

export const GET = handle(deskOutlets, () => listOutletOptions());
