import "server-only";
import type { RumorIndex, RumorMatch } from "@/lib/suggest/rumor-match";

// The work queue (GET /api/v1/desk/matches) asks for the best match of up to
// 40 unlinked claims on every visit: 40 rankings, each a retrieval over the
// desk's articles (the claim's expansion and article votes) and a pass over
// the rumor texts. Most visits find nothing changed, so each claim's best
// match is remembered with the rumor index's version (it moves with every
// rumor or article the index takes in, which the freshness signatures bring
// in from any process: server/suggest/rumor-index.ts) and given again while
// that stands still: the same answer a new ranking would give. When only the
// rumors moved, the claim's weighing (expansion and votes: the costly part,
// which depends on the articles alone) is kept and only the ranking redone.
// The claim page's matches (GET /api/v1/claims/{id}/matches) use the same
// memory of weighings: a claim's matches are asked for again after each
// rejection or link and on every visit, and the weighing is most of a
// match's work (a pass over the desk's article postings).
type Weighed = ReturnType<RumorIndex["weigh"]>;
type Best = { fingerprint: string; version: string; match: RumorMatch | null };
type Entry = { words: string; claimVersion: string; weighed: Weighed; best: Best | null };
type Memory = { index: RumorIndex | null; entries: Map<string, Entry> };

/** Claims remembered; the queue looks at 40, so this holds many visits' worth and stays small (a few MB). */
const MAX_ENTRIES = 1000;
const globalMemory = globalThis as unknown as { __hindsightLikelyMemory?: Memory };

function memory(index: RumorIndex): Memory {
  const m = (globalMemory.__hindsightLikelyMemory ??= { index: null, entries: new Map() });
  // A rebuilt index (the desk's article index restarted) starts afresh.
  if (m.index !== index) {
    m.index = index;
    m.entries.clear();
  }
  return m;
}

export type MatchTarget = { id: string; statement: string; quoteText: string; rumorId: string; matchRejections: { rumorId: string }[] };

/** What the claim's ranking depends on besides the index: its words, its own rumor and the rumors rejected for it. */
function fingerprint(claim: MatchTarget) {
  return JSON.stringify([claim.statement, claim.quoteText, claim.rumorId, claim.matchRejections.map((r) => r.rumorId).sort()]);
}

/** The claim's entry, weighed as `index.weigh` weighs it now (kept while its words and the index's `claimVersion` stand still), newest in the memory. */
function entryFor(index: RumorIndex, claim: MatchTarget): Entry {
  const { entries } = memory(index);
  const words = JSON.stringify([claim.statement, claim.quoteText]);
  const claimVersion = index.claimVersion;
  const found = entries.get(claim.id);
  entries.delete(claim.id);
  const entry =
    found?.words === words && found.claimVersion === claimVersion
      ? found
      : { words, claimVersion, weighed: index.weigh({ statement: claim.statement, quote: claim.quoteText }), best: found?.words === words ? found.best : null };
  entries.set(claim.id, entry);
  if (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value!);
  return entry;
}

/** The claim's matches, as `index.match` ranks them now (the costly weighing remembered). */
export function matchesOf(index: RumorIndex, claim: MatchTarget, limit: number): RumorMatch[] {
  const exclude = [claim.rumorId, ...claim.matchRejections.map((r) => r.rumorId)];
  return index.matchWeighed(entryFor(index, claim).weighed, { limit, exclude });
}

/** The claim's best match (or null), as `index.match(…, { limit: 1 })` gives it now, remembered. */
export function bestMatch(index: RumorIndex, claim: MatchTarget): RumorMatch | null {
  const entry = entryFor(index, claim);
  const fp = fingerprint(claim);
  if (entry.best && entry.best.fingerprint === fp && entry.best.version === index.version) return entry.best.match;
  const [match] = matchesOf(index, claim, 1);
  entry.best = { fingerprint: fp, version: index.version, match: match ?? null };
  return match ?? null;
}
