import { listOutlets } from "@/lib/contracts/api/articles";
import { handle } from "@/server/http/handle";
import { publicOutlets } from "@/server/reader/public-lists";

export const GET = handle(listOutlets, ({ query }) => publicOutlets(query));
