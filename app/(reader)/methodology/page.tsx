import type { Metadata } from "next";
import { MethodologyText } from "@/components/reader/methodology-text";

// Static on purpose: it is the same for everyone, and `npm run bench` uses it
// as the baseline a prerendered page reaches on this server.
export const metadata: Metadata = { title: "How we check claims", description: "Verdict scale, accuracy scores and rankings explained." };

export default function MethodologyPage() {
  return <MethodologyText />;
}
