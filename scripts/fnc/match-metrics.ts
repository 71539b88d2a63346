// Figures of the matching protocol, for any matcher that returns rumors best
// first with a `likely` flag.
export type Outcome = { group: string; hasMatch: boolean; ranked: { id: string; likely: boolean }[] };
export type MatchMetrics = {
  arrivals: number;
  withMatch: number;
  acc1: number;
  acc5: number;
  /** New rumors (group not yet in the index) whose top match was flagged likely. */
  newLikely: number;
  newRumors: number;
  likelyPrecision: number;
  likelyRecall: number;
};

export function matchMetrics(outcomes: Outcome[]): MatchMetrics {
  let withMatch = 0,
    acc1 = 0,
    acc5 = 0,
    newRumors = 0,
    newLikely = 0,
    flagged = 0,
    flaggedRight = 0,
    recalled = 0;
  for (const o of outcomes) {
    const top = o.ranked[0];
    if (top?.likely) {
      flagged++;
      if (top.id === o.group) flaggedRight++;
    }
    if (o.hasMatch) {
      withMatch++;
      if (top?.id === o.group) acc1++;
      if (o.ranked.slice(0, 5).some((r) => r.id === o.group)) acc5++;
      if (o.ranked.some((r) => r.id === o.group && r.likely)) recalled++;
    } else {
      newRumors++;
      if (top?.likely) newLikely++;
    }
  }
  const share = (a: number, b: number) => (b === 0 ? 0 : a / b);
  return {
    arrivals: outcomes.length,
    withMatch,
    acc1: share(acc1, withMatch),
    acc5: share(acc5, withMatch),
    newLikely,
    newRumors,
    likelyPrecision: share(flaggedRight, flagged),
    likelyRecall: share(recalled, withMatch),
  };
}
