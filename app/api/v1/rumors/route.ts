import { listRumors } from "@/lib/contracts/api/rumors";
import { withReaderEtag } from "@/server/http/conditional";
import { handle } from "@/server/http/handle";
import { publicRumors } from "@/server/reader/rumors";
import { NextResponse } from "next/server";

export const GET = handle(listRumors, async ({ request, query }) => withReaderEtag(request, async () => NextResponse.json(await publicRumors(query))));
