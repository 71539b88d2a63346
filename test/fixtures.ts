import { importArticles } from "@/server/articles/articles";
import { createClaim } from "@/server/claims/claims";
import { createEvent } from "@/server/articles/events";

export const PRE_TEXT = "Insiders say the band will reunite on stage at the festival, and fireworks will close the night.";
export const POST_TEXT = "The band did reunite on stage; there were no fireworks at all.";

export function span(text: string, quote: string) {
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`fixture quote not found: ${quote}`);
  return { start, end: start + quote.length, quote };
}

let n = 0;

/** A pre-event article, a post-event one, an event and a claim: the smallest world a verdict needs. */
export async function claimWorld() {
  n += 1;
  const report = await importArticles(
    [
      { outlet: "Preview Weekly", publishedAt: "2025-06-01", text: `${PRE_TEXT} (#${n}-${Date.now()})` },
      { outlet: "Review Daily", publishedAt: "2025-06-20", text: `${POST_TEXT} (#${n}-${Date.now()})` },
    ],
    null,
  );
  const [pre, post] = report.items.map((i) => i.id) as [string, string];
  const event = await createEvent({ name: `Festival ${n}`, date: "2025-06-15", slug: `festival-${n}-${Date.now()}` }, null);
  const claim = await createClaim(
    { articleId: pre, ...span(PRE_TEXT, "the band will reunite on stage"), statement: "The band will reunite.", attributedTo: "insiders", eventId: event.id },
    null,
  );
  return { pre, post, eventId: event.id, claimId: claim.id };
}
