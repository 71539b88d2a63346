import { Growable } from "./rumor-store";
import type { PassageIndex } from "./index";
import type { WeightedClaim } from "./weighting";

// Two texts about the same happening find the same articles, even when they
// share few words ("ISIS executes 2nd American journalist" / "ISIL has
// beheaded Steven Sotloff": the desk's articles about it contain both). Each
// rumor text votes for its best articles when it is added; a new claim is
// compared with a rumor through the articles both point at.
/** How many articles each text votes for. */
export const VOTES = 10;

/** The claim's best articles, weighted 1/rank and summing to 1. */
export function articleVotes(index: PassageIndex, claim: WeightedClaim): Map<string, number> {
  return votesFor(index.topDocs(claim.query.terms, VOTES));
}

/** Votes from a whole-document ranking already made (best first, at least `VOTES` long when there are that many). */
export function votesFor(ranked: { id: string }[]): Map<string, number> {
  const hits = ranked.slice(0, VOTES);
  const votes = new Map<string, number>();
  let sum = 0;
  hits.forEach((h, rank) => {
    const v = 1 / (rank + 1);
    votes.set(h.id, v);
    sum += v;
  });
  for (const [id, v] of votes) votes.set(id, v / sum);
  return votes;
}

/** One article's voters: rumor instances and their summed votes, in the order they first voted. */
class Voters {
  rumors = new Int32Array(4);
  sums = new Float64Array(4);
  size = 0;

  push(rumor: number, sum: number) {
    if (this.size === this.rumors.length) {
      const rumors = new Int32Array(this.size * 2);
      rumors.set(this.rumors);
      const sums = new Float64Array(this.size * 2);
      sums.set(this.sums);
      this.rumors = rumors;
      this.sums = sums;
    }
    this.rumors[this.size] = rumor;
    this.sums[this.size] = sum;
    this.size++;
  }
}

/**
 * Per rumor: summed votes of its texts, and how many texts voted; per
 * article: who voted how much. Flat like the texts (rumor-store.ts): articles
 * are interned as numbers, each rumor is an instance number (a new one each
 * time it is added after a removal), and an article's voters are two typed
 * arrays; a removed rumor's entries are skipped, then swept out once they
 * are a third of all entries.
 */
export class RumorArticles {
  private articleIds = new Map<string, number>();
  private voters: Voters[] = [];
  private instances = new Map<string, number>();
  private instanceId: string[] = [];
  private texts = new Growable(Float64Array);
  private alive = new Growable(Uint8Array);
  private entries = new Growable(Int32Array);
  private live = 0;
  private dead = 0;

  /** `textVotes`: each new text's votes (one map per text, possibly empty). */
  add(rumorId: string, textVotes: Map<string, number>[]) {
    let r = this.instances.get(rumorId);
    const fresh = r === undefined;
    if (r === undefined) {
      r = this.instanceId.length;
      this.instances.set(rumorId, r);
      this.instanceId.push(rumorId);
      this.alive.set(r, 1);
      this.entries.set(r, 0);
      this.texts.set(r, 0);
    }
    // A new rumor's votes are summed per article first, in the order first
    // voted for: the same sums, in the same order, as one text at a time.
    const sums = new Map<string, number>();
    if (fresh) for (const votes of textVotes) for (const [id, v] of votes) sums.set(id, (sums.get(id) ?? 0) + v);
    for (const votes of fresh ? [sums] : textVotes)
      for (const [article, v] of votes) {
        let a = this.articleIds.get(article);
        if (a === undefined) {
          a = this.voters.length;
          this.articleIds.set(article, a);
          this.voters.push(new Voters());
        }
        const m = this.voters[a]!;
        // Appending to a rumor already in the index (the evaluation's way; the server replaces whole rumors): add to its entry.
        let k = fresh ? -1 : m.size - 1;
        while (k >= 0 && m.rumors[k] !== r) k--;
        if (k >= 0) m.sums[k] = m.sums[k]! + v;
        else {
          m.push(r, v);
          this.entries.a[r] = this.entries.a[r]! + 1;
          this.live++;
        }
      }
    this.texts.set(r, this.texts.a[r]! + textVotes.length);
  }

  remove(rumorId: string) {
    const r = this.instances.get(rumorId);
    if (r === undefined) return;
    this.instances.delete(rumorId);
    this.instanceId[r] = "";
    this.alive.a[r] = 0;
    this.live -= this.entries.a[r]!;
    this.dead += this.entries.a[r]!;
    if (this.dead > 1024 && this.dead * 2 > this.live) this.sweep();
  }

  private sweep() {
    const alive = this.alive.a;
    for (const m of this.voters) {
      let at = 0;
      for (let k = 0; k < m.size; k++) {
        if (!alive[m.rumors[k]!]) continue;
        m.rumors[at] = m.rumors[k]!;
        m.sums[at] = m.sums[k]!;
        at++;
      }
      m.size = at;
    }
    this.dead = 0;
  }

  /**
   * Share of the claim's article votes that the rumor's texts (on average)
   * also cast, 0..1, for every rumor that shares an article with the claim:
   * one pass over the articles' voters.
   */
  overlaps(claimVotes: Map<string, number>): Map<string, number> {
    const out = new Map<string, number>();
    const alive = this.alive.a;
    const texts = this.texts.a;
    for (const [id, v] of claimVotes) {
      const a = this.articleIds.get(id);
      if (a === undefined) continue;
      const m = this.voters[a]!;
      for (let k = 0; k < m.size; k++) {
        const r = m.rumors[k]!;
        if (!alive[r]) continue;
        const id = this.instanceId[r]!;
        out.set(id, (out.get(id) ?? 0) + Math.min(v, m.sums[k]! / texts[r]!));
      }
    }
    return out;
  }
}
