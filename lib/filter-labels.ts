// How a reader's claim filter reads in words: the dashboard's select options
// and the line saying what a filtered view holds (a figure's link lands there).
import { CLAIM_CERTAINTY_LABEL, isClaimCertainty } from "./calibration";
import type { ClaimFilterInput } from "./schemas/claim-filter";
import { RATING_INFO } from "./verdicts";

export const RATING_FILTER_LABEL = { resolved: "Resolved (confirmed, partly confirmed or refuted)" } as const;
export const CERTAINTY_FILTER_LABEL = { known: "Any recorded tier" } as const;
const STANCE_TEXT = { asserts: "asserted", hedges: "hedged", denies: "denied" } as const;

/**
 * The parts of a filter that the dashboard's form has no field for, or that
 * a reader should see spelled out, in words: "hedged · relayed · …". One
 * rumor's appearances (`rumor`) are named by the results heading, with a link.
 */
export function describeFilter(f: ClaimFilterInput): string[] {
  const parts: string[] = [];
  if (f.rating === "resolved") parts.push("resolved");
  else if (f.rating) parts.push(`rated ${RATING_INFO[f.rating].label.toLowerCase()}`);
  if (f.certainty === "known") parts.push("with a recorded certainty tier");
  else if (f.certainty && isClaimCertainty(f.certainty)) parts.push(`tier: ${CLAIM_CERTAINTY_LABEL[f.certainty].toLowerCase()}`);
  if (f.stance) parts.push(STANCE_TEXT[f.stance]);
  if (f.attribution) parts.push(f.attribution === "own" ? "the outlet’s own reporting" : "relayed from others");
  if (f.origin) parts.push(f.origin === "first" ? "first appearances of their rumors" : "following an earlier report");
  if (f.lead) parts.push("confirmed, with a lead time");
  if (f.void) parts.push(f.void === "yes" ? "void rumors only" : "void rumors left out");
  if (f.rumorVerdict)
    parts.push(f.rumorVerdict === "pending" ? "rumors awaiting a verdict" : `rumors rated ${RATING_INFO[f.rumorVerdict].label.toLowerCase()}`);
  return parts;
}
