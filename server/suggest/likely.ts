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
type Entry = { fingerprint: string; claimVersion: string; weighed: ReturnType<RumorIndex["weigh"]>; version: string; best: RumorMatch | null };
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

/** The claim's best match (or null), as `index.match(…, { limit: 1 })` gives it now, remembered. */
export function bestMatch(index: RumorIndex, claim: MatchTarget): RumorMatch | null {
  const { entries } = memory(index);
  const fp = fingerprint(claim);
  const found = entries.get(claim.id);
  const entry = found?.fingerprint === fp ? found : undefined;
  entries.delete(claim.id);
  if (entry && entry.version === index.version) {
    entries.set(claim.id, entry);
    return entry.best;
  }
  const claimVersion = index.claimVersion;
  const weighed = entry && entry.claimVersion === claimVersion ? entry.weighed : index.weigh({ statement: claim.statement, quote: claim.quoteText });
  const exclude = [claim.rumorId, ...claim.matchRejections.map((r) => r.rumorId)];
  const [best] = index.matchWeighed(weighed, { limit: 1, exclude });
  entries.set(claim.id, { fingerprint: fp, claimVersion, weighed, version: index.version, best: best ?? null });
  if (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value!);
  return best ?? null;
}
