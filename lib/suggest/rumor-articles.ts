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

/** Per rumor: summed votes of its texts, and how many texts voted; per article: who voted how much. */
export class RumorArticles {
  private texts = new Map<string, number>();
  /** Article → rumor → summed votes of the rumor's texts for it. */
  private voters = new Map<string, Map<string, number>>();
  private votedFor = new Map<string, Set<string>>();

  add(rumorId: string, textVotes: Map<string, number>) {
    let mine = this.votedFor.get(rumorId);
    if (!mine) this.votedFor.set(rumorId, (mine = new Set()));
    for (const [id, v] of textVotes) {
      let m = this.voters.get(id);
      if (!m) this.voters.set(id, (m = new Map()));
      m.set(rumorId, (m.get(rumorId) ?? 0) + v);
      mine.add(id);
    }
    this.texts.set(rumorId, (this.texts.get(rumorId) ?? 0) + 1);
  }

  remove(rumorId: string) {
    for (const id of this.votedFor.get(rumorId) ?? []) {
      const m = this.voters.get(id)!;
      m.delete(rumorId);
      if (m.size === 0) this.voters.delete(id);
    }
    this.votedFor.delete(rumorId);
    this.texts.delete(rumorId);
  }

  /**
   * Share of the claim's article votes that the rumor's texts (on average)
   * also cast, 0..1, for every rumor that shares an article with the claim:
   * one pass over the articles' voters.
   */
  overlaps(claimVotes: Map<string, number>): Map<string, number> {
    const out = new Map<string, number>();
    for (const [id, v] of claimVotes) {
      for (const [r, sum] of this.voters.get(id) ?? []) out.set(r, (out.get(r) ?? 0) + Math.min(v, sum / this.texts.get(r)!));
    }
    return out;
  }
}
