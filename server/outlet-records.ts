import "server-only";
import { accuracy, emptyCounts } from "@/lib/scoring";
import { findOutletBySlug } from "./outlets";
import { findReaderClaims } from "./reader-claims";
import { cachedRead } from "./reader-cache";
import { readerStats } from "./stats";

const noRecord = () => {
  const part = { total: 0, counts: emptyCounts(), accuracy: accuracy(emptyCounts()) };
  return { total: 0, counts: emptyCounts(), accuracy: accuracy(emptyCounts()), own: part, relayed: part, rank: null };
};

/** An outlet's track record, its standing among all outlets, and its claims; null for an unknown slug. */
export async function getOutletRecord(slug: string) {
  const outlet = await cachedRead(`outlet:${slug}`, () => findOutletBySlug(slug));
  if (!outlet) return null;
  const [stats, claims] = await Promise.all([readerStats(), findReaderClaims({ outlet: slug })]);
  const standing = stats.outlets.find((o) => o.slug === slug);
  const ranked = stats.outlets.filter((o) => o.rank !== null).length;
  return { outlet, record: standing ?? noRecord(), ranked, claims: claims.items };
}

export type OutletRecord = NonNullable<Awaited<ReturnType<typeof getOutletRecord>>>;
