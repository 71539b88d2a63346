import type { FncData, FncHeadline, FncSplit } from "./load";
import { headlinesOf } from "./load";

/** Group → every body related to any of its headlines (the rumor's articles). */
export function groupBodies(data: FncData): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const h of data.headlines) {
    if (!h.group) continue;
    for (const [b, l] of h.labels) {
      if (l === "unrelated") continue;
      let s = out.get(h.group);
      if (!s) out.set(h.group, (s = new Set()));
      s.add(b);
    }
  }
  return out;
}

/** Deterministic halves of a split's groups, for training the matcher on one split alone. */
export function halves(data: FncData, split: FncSplit): [FncHeadline[], FncHeadline[]] {
  const hs = headlinesOf(data, split);
  const half = (g: string) => (Math.imul(Number(g.slice(1)), 2654435761) >>> 0) % 2;
  return [hs.filter((h) => half(h.group!) === 0), hs.filter((h) => half(h.group!) === 1)];
}
