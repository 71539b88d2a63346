import "server-only";
import { NextResponse } from "next/server";
import type { ApiErrorBody } from "@/lib/contracts/error";

function malformed(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return false;
  } catch {
    return true;
  }
}

/**
 * The proxy's answer to a path whose percent-encoding is broken
 * (`/claims/%ff`), on which Next itself fails with a bare 500: 400 in the
 * API's error shape, "not-found" for pages (the proxy then renders the
 * not-found page), null for a path that decodes.
 */
export function malformedPathAnswer(pathname: string): Response | "not-found" | null {
  if (!malformed(pathname)) return null;
  if (!pathname.startsWith("/api/")) return "not-found";
  const body: ApiErrorBody = { error: { code: "bad_request", message: "The address is malformed (broken percent-encoding); nothing was changed." } };
  return NextResponse.json(body, { status: 400 });
}
