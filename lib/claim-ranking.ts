// The evidence form's claim picker (issue 14, defect 2): claims a later
// article may settle, the most relevant first — the claim the editor came
// from, then claims about the event this article reports on, then claims
// whose wording the article shares — and a search over all of them.

export type Rankable = { id: string; statement: string; rumorStatement: string; attributedTo: string; event: { id: string; name: string } | null };
export type RankReason = "chosen" | "same-event" | "suggested";
export type Ranked<T> = T & { reason: RankReason | null; score: number };

const WORD = /[\p{L}\p{N}]+/gu;
const words = (text: string) => new Set((text.toLowerCase().match(WORD) ?? []).filter((w) => w.length >= 4));

/** The share of a claim's words (statement and rumor) that the article uses. */
function overlap(claim: Rankable, text: Set<string>): number {
  const own = words(`${claim.statement} ${claim.rumorStatement}`);
  if (own.size === 0) return 0;
  let shared = 0;
  for (const w of own) if (text.has(w)) shared++;
  return shared / own.size;
}

/** Whether the article is about the claim's event: it already settles a claim of it, or names it. */
function sameEvent(claim: Rankable, text: Set<string>, eventIds: ReadonlySet<string>): boolean {
  if (!claim.event) return false;
  if (eventIds.has(claim.event.id)) return true;
  const name = words(claim.event.name);
  return name.size > 0 && [...name].every((w) => text.has(w));
}

const SUGGESTED = 0.34;
const RANK: Record<RankReason, number> = { chosen: 0, "same-event": 1, suggested: 2 };

export type RankContext = { text: string; eventIds?: ReadonlySet<string>; chosenId?: string | null };

export function rankClaimable<T extends Rankable>(claims: T[], context: RankContext): Ranked<T>[] {
  const text = words(context.text);
  const eventIds = context.eventIds ?? new Set<string>();
  const ranked = claims.map((c, index) => {
    const score = overlap(c, text);
    const reason: RankReason | null =
      c.id === context.chosenId ? "chosen" : sameEvent(c, text, eventIds) ? "same-event" : score >= SUGGESTED ? "suggested" : null;
    return { ...c, reason, score, index };
  });
  ranked.sort((a, b) => (a.reason ? RANK[a.reason] : 3) - (b.reason ? RANK[b.reason] : 3) || b.score - a.score || a.index - b.index);
  return ranked.map(({ index, ...c }) => {
    void index;
    return c as Ranked<T>;
  });
}

/** Claims whose statement, rumor, attribution or event contain every word of the query. */
export function searchClaimable<T extends Rankable>(claims: T[], query: string): T[] {
  const terms = query.toLowerCase().match(WORD) ?? [];
  if (terms.length === 0) return claims;
  return claims.filter((c) => {
    const hay = `${c.statement} ${c.rumorStatement} ${c.attributedTo} ${c.event?.name ?? ""}`.toLowerCase();
    return terms.every((t) => hay.includes(t));
  });
}
