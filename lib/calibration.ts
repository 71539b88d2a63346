// Calibration by certainty tier and a Brier-style score (issue 17). A claim's
// tier says how sure its source was; the newsroom states what probability
// each tier stands for (HINDSIGHT_TIER_PROBABILITIES, server/platform/env.ts),
// and the methodology page explains both figures.
import { CERTAINTY, CERTAINTY_LABEL, type Certainty } from "./candidates/tier";
import { emptyCounts, wilsonInterval, type RatingCounts } from "./scoring";

/** A claim's stored tier: the detector's scale, or "unknown" (older claims nobody classified). */
export const CLAIM_CERTAINTY = [...CERTAINTY, "unknown"] as const;
export type ClaimCertainty = (typeof CLAIM_CERTAINTY)[number];
export const CLAIM_CERTAINTY_LABEL: Record<ClaimCertainty, string> = { ...CERTAINTY_LABEL, unknown: "Tier not recorded" };

export const isClaimCertainty = (v: string): v is ClaimCertainty => (CLAIM_CERTAINTY as readonly string[]).includes(v);

export type TierProbabilities = Record<Certainty, number>;

/** The default mapping: what a tier's wording promises, strongest first. */
export const DEFAULT_TIER_PROBABILITIES: TierProbabilities = { official: 0.9, named_source: 0.75, unnamed_source: 0.6, rumor: 0.4, sighting: 0.3 };

/**
 * Parses "official=0.9,rumor=0.35": tiers not named keep their default. Throws
 * with a readable message on an unknown tier or a number outside 0..1.
 */
export function parseTierProbabilities(text: string): TierProbabilities {
  const out = { ...DEFAULT_TIER_PROBABILITIES };
  for (const part of text
    .split(",")
    .map((p) => p.trim())
    .filter(Boolean)) {
    const [tier, value] = part.split("=").map((s) => s.trim());
    if (!tier || !(CERTAINTY as readonly string[]).includes(tier)) throw new Error(`Unknown certainty tier “${tier}” (use ${CERTAINTY.join(", ")}).`);
    const p = Number(value);
    if (value === undefined || value === "" || !Number.isFinite(p) || p < 0 || p > 1)
      throw new Error(`The probability of “${tier}” must be a number from 0 to 1.`);
    out[tier as Certainty] = p;
  }
  return out;
}

/** One tier's figures: `share` came true (confirmed 1, partly ½) among `n` resolved claims. */
type TierCalibration = {
  certainty: ClaimCertainty;
  /** Published claims of the tier, resolved or not (void ones excluded). */
  total: number;
  n: number;
  share: number | null;
  low: number;
  high: number;
  /** The stated probability (null for "unknown", which no score uses). */
  stated: number | null;
};

export type Calibration = {
  tiers: TierCalibration[];
  /** Mean of (stated − outcome)² over resolved claims with a known tier; null when none. 0 is perfect, 0.25 is a coin flip's. */
  brier: number | null;
  brierN: number;
};

/** Calibration from counts per tier (ratings are the claims' own, through their stance). "void" and unknown ratings are ignored. */
export function calibrate(byTier: Partial<Record<string, RatingCounts>>, probabilities: TierProbabilities): Calibration {
  let squares = 0;
  let brierN = 0;
  const tiers = CLAIM_CERTAINTY.map((certainty): TierCalibration => {
    const c = byTier[certainty] ?? emptyCounts();
    const n = c.confirmed + c.partly_confirmed + c.refuted;
    const total = n + c.unverifiable + c.pending;
    const share = n ? (c.confirmed + 0.5 * c.partly_confirmed) / n : null;
    const stated = certainty === "unknown" ? null : probabilities[certainty];
    if (stated !== null && n) {
      squares += c.confirmed * (stated - 1) ** 2 + c.partly_confirmed * (stated - 0.5) ** 2 + c.refuted * stated ** 2;
      brierN += n;
    }
    return { certainty, total, n, share, ...(share === null ? { low: 0, high: 1 } : wilsonInterval(share, n)), stated };
  });
  return { tiers, brier: brierN ? squares / brierN : null, brierN };
}

/** Adds `n` claims rated `rating` of tier `certainty` to `into` (void and unknown ratings skipped). */
export function addToTier(into: Partial<Record<string, RatingCounts>>, certainty: string, rating: string, n: number) {
  if (!(rating in emptyCounts())) return;
  const tier = isClaimCertainty(certainty) ? certainty : "unknown";
  const counts = (into[tier] ??= emptyCounts());
  counts[rating as keyof RatingCounts] += n;
}
