// The fills of the reader charts' segments, and the colour of the text drawn
// on them. Every pair keeps WCAG's 4.5:1 for normal text (checked in
// chart-colors.test.ts and, as rendered, in e2e/reader-layout.spec.ts); the
// ochre and grey were lighter (3.8:1 and 3.9:1) until issue 14.
import type { RatingOrPending } from "@/lib/verdicts";

export const SEGMENT_TEXT = "#ffffff";

export const RATING_FILL: Record<RatingOrPending, string> = {
  confirmed: "#17663a",
  partly_confirmed: "#875c00",
  refuted: "#a3192b",
  unverifiable: "#5c626b",
  pending: "#35507a",
};

export const STANCE_FILL = { asserts: "#35507a", hedges: "#875c00", denies: "#a3192b" } as const;

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** WCAG 2 contrast ratio of two `#rrggbb` colours (1 to 21). */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}
