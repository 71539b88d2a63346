import type { Metadata } from "next";
import { MethodologyText } from "@/components/reader/methodology-text";

// The same for everyone and free of data: served from the page cache
// (ADR 0015); `npm run bench` compares it with a static copy of itself.
export const metadata: Metadata = { title: "How we check claims", description: "Verdict scale, accuracy scores and rankings explained." };

export default function MethodologyPage() {
  return <MethodologyText />;
}
