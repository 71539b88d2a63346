// Which pool sentences make up the labelled set, and (run directly) the next
// unlabelled ones in sample order, for whoever extends the set:
//   tsx scripts/candidates-eval/sample.ts body|headline <from> <to> [dev|heldout]
// Prints each sentence with the 200 characters before it (for context), never
// what the detector says about it: labels are written before the detector is run.
import { buildPool, type PoolSentence } from "./pool";

/** Sentences short and long enough to label, one per body, in pool (shuffle) order. */
export function eligible(pool: PoolSentence[]): { bodies: PoolSentence[]; headlines: PoolSentence[] } {
  const seen = new Set<string>();
  const bodies: PoolSentence[] = [];
  const headlines: PoolSentence[] = [];
  for (const p of pool) {
    if (p.text.length < 25 || p.text.length > 400 || p.text.split(/\s+/).length < 5) continue;
    if (p.source === "headline") headlines.push(p);
    else if (!seen.has(p.bodyId!)) {
      seen.add(p.bodyId!);
      bodies.push(p);
    }
  }
  return { bodies, headlines };
}

/**
 * The labelled set, in sample order: held out, the first 560 body sentences and 500 headlines;
 * dev, the first 1,682 (every body) and 1,480 (dev was extended eleven times while tuning, never the held-out part).
 */
export function labelledSelection(pool: PoolSentence[]): PoolSentence[] {
  const { bodies, headlines } = eligible(pool);
  const take = (list: PoolSentence[], heldout: number, dev: number) => list.filter((p, i) => i < (p.split === "heldout" ? heldout : dev));
  return [...take(bodies, 560, 1682), ...take(headlines, 500, 1480)];
}

if (process.argv[1]?.endsWith("sample.ts")) {
  const [kind, from, to, only] = process.argv.slice(2);
  const { bodies, headlines } = eligible(buildPool());
  const list = kind === "headline" ? headlines : bodies;
  list.forEach((p, i) => {
    if (i < Number(from ?? 0) || i >= Number(to ?? 50) || (only && p.split !== only)) return;
    console.log(`#${i} ${p.id} ${p.split}\n  >>> ${p.text.replace(/\s+/g, " ")}\n`);
  });
}
