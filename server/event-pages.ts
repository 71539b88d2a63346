import "server-only";
import { dayOf } from "@/lib/dates";
import { countRatings } from "@/lib/scoring";
import { findEventBySlug } from "./events";
import { findReaderClaims } from "./reader-claims";
import { cachedRead } from "./reader-cache";

/** An event with its reader-visible claims and every article they quote; null for an unknown slug. */
export async function getEventPage(slug: string) {
  const event = await cachedRead(`event:${slug}`, () => findEventBySlug(slug));
  if (!event) return null;
  const { items: claims } = await findReaderClaims({ event: slug });
  const articles = new Map<string, { id: string; title: string; outlet: string; publishedAt: string; url: string | null; kind: "before" | "after" }>();
  for (const c of claims) {
    articles.set(c.sourceArticle.id, { ...c.sourceArticle, kind: "before" });
    for (const e of c.evidence) articles.set(e.article.id, { ...e.article, kind: "after" });
  }
  return {
    event: { ...event, date: dayOf(event.date) },
    claims,
    counts: countRatings(claims.map((c) => c.rating)),
    articles: [...articles.values()].sort((a, b) => a.publishedAt.localeCompare(b.publishedAt)),
  };
}

export type EventPageData = NonNullable<Awaited<ReturnType<typeof getEventPage>>>;
