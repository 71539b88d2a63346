import { likelyLinks as endpoint } from "@/lib/contracts/api/matches";
import { handle } from "@/server/http/handle";
import { likelyLinks } from "@/server/suggest/matches";

export const GET = handle(endpoint, async () => ({ items: await likelyLinks() }));
