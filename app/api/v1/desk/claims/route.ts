import { deskClaimList } from "@/lib/contracts/api/desk-lists";
import { handle } from "@/server/http/handle";
import { listDeskClaims } from "@/server/worklists/claim-list";

export const GET = handle(deskClaimList, ({ query }) => listDeskClaims(Object.fromEntries(query)));
