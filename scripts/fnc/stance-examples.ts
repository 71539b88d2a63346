// FNC-1 related pairs as stance examples: the headline is the claim, the body
// the later article, and the passage the body's best match for the headline
// (what the ranker would show). Corpus statistics (IDF, which stems are
// names) come from all bodies, as the app's index has them from all articles.
import { PassageIndex } from "../../lib/suggest/index";
import { analyzeClaim } from "../../lib/suggest/query";
import { withCorpusNames } from "../../lib/suggest/weighting";
import type { Stance } from "../../lib/suggest/stance";
import { articleView } from "../../lib/suggest/stance-article";
import { bestPassage, stanceFeatures } from "../../lib/suggest/stance-features";
import { frontRule } from "../../lib/suggest/stance-rules";
import { STANCE_OF, headlinesOf, type FncData, type FncSplit } from "./load";

export type StanceExample = {
  split: FncSplit;
  group: string;
  headline: string;
  bodyId: string;
  gold: Stance;
  rule: Stance;
  /** The decision of the rules in front of the model, when one fires. */
  front: Stance | null;
  values: number[];
  words: { head: string[]; top: string[]; body: string[] };
};

export function stanceExamples(data: FncData, splits: readonly FncSplit[] = ["dev", "heldout"]): { names: string[]; examples: StanceExample[] } {
  const index = new PassageIndex();
  for (const b of data.bodies) index.add({ id: b.id, text: b.text });
  const idf = (t: string) => index.idf(t);
  const bodies = new Map(data.bodies.map((b) => [b.id, b.text]));
  const examples: StanceExample[] = [];
  let names: string[] = [];
  for (const split of splits) {
    for (const h of headlinesOf(data, split)) {
      const query = withCorpusNames(index, analyzeClaim(h.headline));
      // Sorted by body id: the order of the examples never depends on the CSV's row order.
      for (const [bodyId, label] of [...h.labels].sort((a, b) => Number(a[0]) - Number(b[0]))) {
        if (label === "unrelated") continue;
        const view = articleView(bodies.get(bodyId)!);
        const f = stanceFeatures(query, view, bestPassage(query, view, idf), idf);
        names = f.names;
        examples.push({
          split,
          group: h.group!,
          headline: h.headline,
          bodyId,
          gold: STANCE_OF[label],
          rule: f.rule.stance,
          front: frontRule(query, f)?.stance ?? null,
          values: f.values,
          words: { head: [...f.words.head], top: [...f.words.top], body: [...f.words.body] },
        });
      }
    }
  }
  return { names, examples };
}
