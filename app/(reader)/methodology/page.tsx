import type { Metadata } from "next";
import { MethodologyText } from "@/components/reader/methodology-text";
import { env } from "@/server/platform/env";

// The same for everyone: served from the page cache (ADR 0015); `npm run
// bench` compares it with a static copy of itself. Rendered at request time
// so the tier probabilities shown are the ones the running server scores with.
export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "How we check claims", description: "Verdict scale, accuracy scores and rankings explained." };

export default function MethodologyPage() {
  return <MethodologyText probabilities={env.HINDSIGHT_TIER_PROBABILITIES} />;
}
