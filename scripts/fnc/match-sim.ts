// The rumor-matching protocol (docs/suggestions.md#matching-claims-to-rumors):
// headlines arrive one at a time in a seeded shuffled order; the index starts
// with the `initial` headlines as existing rumors (one rumor per group); each
// arriving headline is matched, then linked to its true group's rumor.
import { NearestText } from "../../lib/suggest/baselines";
import type { PassageIndex } from "../../lib/suggest/index";
import { RumorIndex, type MatchFeatures } from "../../lib/suggest/rumor-match";
import type { FncHeadline } from "./load";

export type Arrival = {
  headline: string;
  group: string;
  /** Its group was already in the index. */
  hasMatch: boolean;
  /** Candidate rumors with features, best text first (ours). */
  candidates: { rumorId: string; features: MatchFeatures }[];
  /** Plain TF-IDF nearest headline: rumors by their nearest headline's cosine. */
  baseline: { id: string; score: number }[];
};

/** mulberry32: a small seeded generator, so the order is the same on every machine. */
function seeded(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffled<T>(xs: T[], seed: number): T[] {
  const rnd = seeded(seed);
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

export function simulate(
  initial: FncHeadline[],
  arriving: FncHeadline[],
  seed: number,
  background?: PassageIndex,
  onArrival?: (a: Arrival, index: RumorIndex) => void,
): Arrival[] {
  const index = new RumorIndex(background);
  const baseline = new NearestText();
  const texts = new Map<string, string[]>();
  const link = (h: FncHeadline) => {
    const g = h.group!;
    texts.set(g, [...(texts.get(g) ?? []), h.headline]);
    index.add(g, [h.headline]);
    baseline.add(g, h.headline);
  };
  for (const h of initial) link(h);
  const out: Arrival[] = [];
  for (const h of shuffled(arriving, seed)) {
    const claim = index.claim(h.headline);
    const a: Arrival = {
      headline: h.headline,
      group: h.group!,
      hasMatch: texts.has(h.group!),
      candidates: index.candidates(claim).map((c) => ({ rumorId: c.rumorId, features: c.features })),
      baseline: baseline.rank(h.headline).slice(0, 5),
    };
    onArrival?.(a, index);
    out.push(a);
    link(h);
  }
  return out;
}
