// Scoring claim candidates against hand labels (scripts/candidates-eval/RULES.md):
// detection by span overlap, then tier and attribution on the detected true
// candidates. Pure functions, so the figures are tested apart from the data.
import { CERTAINTY, type Certainty } from "../../lib/candidates/detectors";

export type LabelledSentence = {
  id: string;
  source: "body" | "headline";
  bodyId: string | null;
  headline: string | null;
  start: number;
  end: number;
  text: string;
  split: "dev" | "heldout";
  candidate: boolean;
  tier: Certainty | null;
  attributedTo: string | null;
  sample: "balanced" | "extra";
};

export type Detection = { start: number; end: number; certainty: Certainty; attributedTo: string | null; quote: string };

const DETERMINER = /^(?:the|a|an|one|two|three|four|five|several|multiple|some|many|other|another)\s+/;

/** Lower case, no quotes or trailing punctuation, no leading article or number, no possessive. */
export function normaliseSource(s: string | null): string | null {
  if (s === null) return null;
  let t = s
    .toLowerCase()
    .replace(/[“”"‘’`]/g, "'")
    .replace(/'s\b|s'(?=\s|$)/g, (m) => (m === "'s" ? "" : "s"))
    .replace(/[^\p{L}\p{N}\s.&/-]/gu, " ")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/[.]+$/, "");
  while (DETERMINER.test(t)) t = t.replace(DETERMINER, "");
  return t;
}

// Words that say what kind of source it is, not which one.
const GENERIC = new Set(
  "source sources report reports official officials media news people person the of in at for and on with from who agency group site website outlet outlets statement".split(
    " ",
  ),
);
const stem = (w: string) => (w.length > 3 && w.endsWith("s") ? w.slice(0, -1) : w);

/** The same source, loosely: one contains the other, or they share a distinctive word. */
export function sameSource(a: string | null, b: string | null): boolean {
  const x = normaliseSource(a);
  const y = normaliseSource(b);
  if (x === null || y === null) return x === y;
  if (x === y) return true;
  const xs = x.split(" ").map(stem);
  const ys = y.split(" ").map(stem);
  const contains = (big: string[], small: string[]) => ` ${big.join(" ")} `.includes(` ${small.join(" ")} `);
  if (contains(xs, ys) || contains(ys, xs)) return true;
  return xs.some((w) => w.length > 2 && !GENERIC.has(w) && ys.includes(w));
}

/** The detection overlapping the sentence most, if any. */
export function matchDetection(label: { start: number; end: number }, detections: Detection[]): Detection | null {
  let best: Detection | null = null;
  let bestOverlap = 0;
  for (const d of detections) {
    const overlap = Math.min(d.end, label.end) - Math.max(d.start, label.start);
    if (overlap > bestOverlap) [best, bestOverlap] = [d, overlap];
  }
  return best;
}

export type Scored = { label: LabelledSentence; detection: Detection | null };

export type Figures = {
  sentences: number;
  candidates: number;
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
  /** Over detected true candidates. */
  tierAccuracy: number;
  attributionExact: number;
  attributionLoose: number;
  detectedCandidates: number;
  /** confusion[labelled][predicted] */
  confusion: Record<Certainty, Record<Certainty, number>>;
};

const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);

export function score(items: Scored[]): Figures {
  const confusion = Object.fromEntries(CERTAINTY.map((t) => [t, Object.fromEntries(CERTAINTY.map((u) => [u, 0]))])) as Figures["confusion"];
  let tp = 0,
    fp = 0,
    fn = 0,
    tierRight = 0,
    exact = 0,
    loose = 0;
  for (const { label, detection } of items) {
    if (label.candidate && detection) {
      tp++;
      confusion[label.tier!][detection.certainty]++;
      if (label.tier === detection.certainty) tierRight++;
      if (normaliseSource(label.attributedTo) === normaliseSource(detection.attributedTo)) exact++;
      if (sameSource(label.attributedTo, detection.attributedTo)) loose++;
    } else if (label.candidate) fn++;
    else if (detection) fp++;
  }
  const precision = ratio(tp, tp + fp);
  const recall = ratio(tp, tp + fn);
  return {
    sentences: items.length,
    candidates: tp + fn,
    tp,
    fp,
    fn,
    precision,
    recall,
    f1: ratio(2 * precision * recall, precision + recall),
    tierAccuracy: ratio(tierRight, tp),
    attributionExact: ratio(exact, tp),
    attributionLoose: ratio(loose, tp),
    detectedCandidates: tp,
    confusion,
  };
}

// The rule of the house: a named source is never "unnamed", hearsay is never
// "official". Named is taken from the label: the detector found the source the
// label names (loosely) but called it unnamed.
const HEARSAY = /\b(?:(?:is|are|was|were) said to|rumou?r(?:s|ed)?|widely expected|speculat\w+)\b/i;
export function contradiction(d: Detection, label: LabelledSentence | null): string | null {
  if (d.certainty === "official" && HEARSAY.test(d.quote)) return "hearsay wording but official";
  if (label?.tier === "named_source" && d.certainty === "unnamed_source" && d.attributedTo !== null && sameSource(label.attributedTo, d.attributedTo)) {
    return `named "${d.attributedTo}" but unnamed_source`;
  }
  return null;
}
