// The sentences the labelled set is drawn from: every body sentence and every
// headline of FNC-1's training set, each with its split (by the rumor group of
// its body or headline; a body related to no headline is its own group, hashed
// the same way) and a deterministic shuffle key, so that the sample is random
// but reproducible and independent of what the detector says.
import { createHash } from "node:crypto";
import path from "node:path";
import { splitSentences } from "../../lib/suggest/sentences";
import { loadFnc, splitForGroup, type FncData, type FncSplit } from "../fnc/load";

export type PoolSentence = {
  /** "b<bodyId>:<start>" for a body sentence, "h<sha1 of the headline, 10 hex>" for a headline. */
  id: string;
  source: "body" | "headline";
  /** The body the sentence is in; null for a headline. */
  bodyId: string | null;
  /** The headline the sentence is, for a headline; null for a body sentence. */
  headline: string | null;
  start: number;
  end: number;
  text: string;
  group: string;
  split: FncSplit;
  order: string;
};

export const FNC_DIR = process.env.FNC_DIR ?? path.resolve(__dirname, "../../../shared/data/fnc1-train");

const hash = (s: string) => createHash("sha256").update(`hindsight-candidates:${s}`).digest("hex");

/** Body id → its rumor group: the group of any related headline, else its own. */
function bodyGroups(data: FncData): Map<string, string> {
  const groupOfHeadline = new Map(data.headlines.map((h) => [h.headline, h.group]));
  const out = new Map<string, string>();
  for (const p of data.pairs) {
    const g = groupOfHeadline.get(p.headline);
    if (p.label !== "unrelated" && g) out.set(p.bodyId, g);
  }
  for (const b of data.bodies) if (!out.has(b.id)) out.set(b.id, `g${b.id}`);
  return out;
}

export function buildPool(data: FncData = loadFnc(FNC_DIR)): PoolSentence[] {
  const groups = bodyGroups(data);
  const out: PoolSentence[] = [];
  for (const b of data.bodies) {
    const group = groups.get(b.id)!;
    for (const s of splitSentences(b.text)) {
      const id = `b${b.id}:${s.start}`;
      out.push({
        id,
        source: "body",
        bodyId: b.id,
        headline: null,
        start: s.start,
        end: s.end,
        text: s.text,
        group,
        split: splitForGroup(group),
        order: hash(id),
      });
    }
  }
  for (const h of data.headlines) {
    if (!h.group) continue;
    const id = `h${createHash("sha1").update(h.headline).digest("hex").slice(0, 10)}`;
    out.push({
      id,
      source: "headline",
      bodyId: null,
      headline: h.headline,
      start: 0,
      end: h.headline.length,
      text: h.headline,
      group: h.group,
      split: splitForGroup(h.group),
      order: hash(id),
    });
  }
  return out.sort((a, b) => (a.order < b.order ? -1 : 1));
}
