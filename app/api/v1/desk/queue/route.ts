import { NextResponse } from "next/server";
import { desk } from "@/server/desk";
import { route } from "@/server/http";

export const GET = route(async () => NextResponse.json(await desk.queue()));
