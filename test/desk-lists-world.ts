import { importArticles } from "@/server/articles/articles";
import { createEvent } from "@/server/articles/events";
import { createClaim } from "@/server/claims/claims";
import { db } from "@/server/platform/db";
import type { Actor } from "@/server/auth/session";

// A small desk for the list, bulk and saved-view tests (issue 14): one
// event, two pre-event outlets, a post-event article, four claims (one
// without an event) and two editors.

const ALPHA = "Insiders say the band will reunite on stage at the festival, and fireworks will close the night.";
const BETA = "A promoter hinted that a drone show will replace the usual encore this year.";
const LATER = "The band did reunite on stage; there were no fireworks at all.";

const at = (text: string, quote: string) => ({ start: text.indexOf(quote), end: text.indexOf(quote) + quote.length, quote });

let n = 0;
export async function editor(name: string): Promise<Actor> {
  n += 1;
  return db.user.create({
    data: { email: `${name}-${n}-${Date.now()}@test.local`, name, role: "editor" },
    select: { id: true, name: true, email: true, role: true },
  });
}

/** `tag` keeps worlds of one test file apart (texts are unique, so each import is new). */
export async function listWorld(tag = "") {
  const report = await importArticles(
    [
      { outlet: "Alpha Times", title: "Festival plans", publishedAt: "2025-06-01", text: ALPHA + tag },
      { outlet: "Beta Post", title: "Encore talk", publishedAt: "2025-06-05", text: BETA + tag },
      { outlet: "Gamma Daily", title: "Festival recap", publishedAt: "2025-06-20", text: LATER + tag },
    ],
    null,
  );
  const [alpha, beta, later] = report.items.map((i) => i.id) as [string, string, string];
  const event = await createEvent({ name: "Summer Festival", date: "2025-06-15", slug: `summer-festival${tag.trim() ? `-${tag.trim()}` : ""}` }, null);
  const make = (articleId: string, text: string, quote: string, statement: string, eventId: string | null) =>
    createClaim({ articleId, ...at(text, quote), statement, attributedTo: "insiders", eventId }, null).then((c) => c.id);
  const reunite = await make(alpha, ALPHA, "the band will reunite on stage", "The band will reunite on stage.", event.id);
  const fireworks = await make(alpha, ALPHA, "fireworks will close the night", "Fireworks will close the night.", event.id);
  const drones = await make(beta, BETA, "a drone show will replace the usual encore", "A drone show will replace the encore.", event.id);
  const loose = await make(beta, BETA, "replace the usual encore this year", "The encore goes this year.", null);
  return { event, articles: { alpha, beta, later }, claims: { reunite, fireworks, drones, loose } };
}
