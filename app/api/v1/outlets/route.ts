import { NextResponse } from "next/server";
import { route } from "@/server/http";
import { readerStats } from "@/server/stats";

// The leaderboard: outlets with reader-visible claims, best lower bound first.
export const GET = route(async () => {
  const { outlets } = await readerStats();
  return NextResponse.json({
    ranking: "lower bound of the 95% Wilson interval of accuracy over resolved claims",
    items: outlets,
  });
});
