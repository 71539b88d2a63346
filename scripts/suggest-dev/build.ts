import { distractors, pad, sameNameStories, swappedNames } from "./distractors";
import { PAIRS } from "./pairs";

const headline = (claim: string) => claim.replace(/\.$/, "").replace(/\b([a-z])([a-z]{3,})/g, (_m, a: string, b: string) => a.toUpperCase() + b);

export type LabeledLine = { claim: string; articles: { id: string; text: string }[]; labels: Record<string, string> };

/**
 * The dev set in the evaluation format: every claim is ranked against all
 * outcome articles of all pairs plus the distractors, so the other pairs'
 * articles are "unrelated" near misses.
 */
export function buildDevSet(distractorCount = 300): LabeledLine[] {
  const outcomes = PAIRS.flatMap((p, i) => p.articles.map((a, j) => ({ id: `p${i}a${j}`, text: a.text, pair: i, stance: a.stance })));
  // The longest capitalised run in each claim (its main name) gets two
  // unrelated stories of its own, so names alone cannot settle the ranking.
  const names = PAIRS.map((p) => (p.claim.slice(1).match(/[A-Z][\w&+-]*(?: (?:&|[A-Z][\w+-]*))*/g) ?? []).sort((a, b) => b.length - a.length)[0] ?? "");
  // And every outcome article once more with the claim's names swapped: the
  // same kind of happening to someone else.
  const swapped = outcomes.map((o) => ({ id: `s${o.id}`, text: swappedNames(o.text, PAIRS[o.pair]!.claim, o.id) }));
  const pool = [...outcomes.map(({ id, text }) => ({ id, text })), ...distractors(distractorCount), ...sameNameStories(names.filter(Boolean)), ...swapped].map(
    (a) => ({
      id: a.id,
      text: pad(a.text, a.id),
    }),
  );
  return PAIRS.map((p, i) => ({
    // Every third claim comes as a Title Case headline, as real rumor headlines do.
    claim: i % 3 === 2 ? headline(p.claim) : p.claim,
    articles: pool,
    labels: Object.fromEntries(pool.map((a) => [a.id, outcomes.find((o) => o.id === a.id && o.pair === i)?.stance ?? "unrelated"])),
  }));
}

// `tsx scripts/suggest-dev/build.ts > dev.jsonl` writes the set as JSON Lines.
if (process.argv[1]?.endsWith("build.ts")) {
  for (const line of buildDevSet()) process.stdout.write(`${JSON.stringify(line)}\n`);
}
