// Feature rows for the re-ranker: for each headline, the candidates the first
// stage hands on, with their features and whether the body is related.
import { PassageIndex } from "../../lib/suggest/index";
import { analyzeClaim } from "../../lib/suggest/query";
import { rankCandidates } from "../../lib/suggest/rank";
import type { RankFeatures } from "../../lib/suggest/rank-features";
import { weighClaim } from "../../lib/suggest/weighting";
import type { FncData, FncHeadline } from "./load";

export type RankRow = { headline: number; group: string; bodyId: string; features: RankFeatures; related: boolean };

/** Related = labelled agree/disagree/discuss for this headline. */
const relatedBodies = (h: FncHeadline) => new Set([...h.labels].filter(([, l]) => l !== "unrelated").map(([b]) => b));

export function bodyIndex(data: FncData): PassageIndex {
  const index = new PassageIndex();
  for (const b of data.bodies) index.add(b);
  return index;
}

export function rankRows(index: PassageIndex, headlines: FncHeadline[], depth: number): RankRow[] {
  const rows: RankRow[] = [];
  headlines.forEach((h, i) => {
    const related = relatedBodies(h);
    for (const c of rankCandidates(index, weighClaim(index, analyzeClaim(h.headline)), depth)) {
      const bodyId = index.doc(c.view.hit.doc).id;
      rows.push({ headline: i, group: h.group!, bodyId, features: c.features, related: related.has(bodyId) });
    }
  });
  return rows;
}
