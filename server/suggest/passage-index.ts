import "server-only";
import { PassageIndex } from "@/lib/suggest/index";
import { db } from "@/server/platform/db";
import { freshCheck } from "@/lib/fresh-check";
import { articleSignature } from "./signatures";

// One in-process passage index per server, built lazily from the database on
// first use. Imports in this process add to it directly (server/articles/articles.ts);
// rows written by another process (the CLI import, the seed script, a second
// app server) are picked up by `syncIndex`, which compares a cheap signature
// (article count + newest import time) before every use and only loads what
// changed. A restart starts empty and rebuilds on the first request.
type State = { index: PassageIndex; signature: string; busy: boolean; sync: () => Promise<void> };

const globalState = globalThis as unknown as { __hindsightSuggest?: State };

function state(): State {
  if (!globalState.__hindsightSuggest) {
    const s: State = { index: new PassageIndex(), signature: "", busy: false, sync: async () => undefined };
    // Concurrent requests share one catch-up instead of each loading the
    // table; one that arrives during a catch-up waits for the next, so an
    // import another process committed before the request is always seen.
    // `busy` while a catch-up runs: the index is then part-way between two signatures.
    s.sync = freshCheck(async () => {
      s.busy = true;
      try {
        await catchUp(s);
      } finally {
        s.busy = false;
      }
    });
    globalState.__hindsightSuggest = s;
  }
  return globalState.__hindsightSuggest;
}

async function addArticles(index: PassageIndex, ids: string[]) {
  for (let i = 0; i < ids.length; i += 200) {
    const rows = await db.article.findMany({
      where: { id: { in: ids.slice(i, i + 200) } },
      select: { id: true, title: true, body: true, publishedAt: true },
    });
    for (const a of rows) index.add({ id: a.id, text: a.body, title: a.title, publishedAt: a.publishedAt.getTime() });
  }
}

async function catchUp(s: State) {
  const sig = await articleSignature();
  if (sig === s.signature) return;
  const rows = await db.article.findMany({ select: { id: true } });
  const present = new Set(rows.map((r) => r.id));
  for (const id of s.index.ids()) if (!present.has(id)) s.index.remove(id);
  await addArticles(
    s.index,
    rows.map((r) => r.id).filter((id) => !s.index.has(id)),
  );
  s.signature = sig;
}

/**
 * The index, brought up to date with the database. `signature`: the article
 * signature the caller has just read (server/suggest/rumor-index.ts reads it
 * with its own): when the index already stands at it, no query is made.
 */
export async function syncIndex(signature?: string): Promise<PassageIndex> {
  const s = state();
  if (signature === undefined || signature !== s.signature || s.busy) await s.sync();
  return s.index;
}

export type NewArticle = { id: string; title: string; body: string; publishedAt: Date };

/**
 * Called after articles are created in this process, with their text (no
 * need to read it back); cheap when the index was never built (the CLI).
 * Works in slices so a large import does not hold up other requests.
 */
export async function indexNewArticles(articles: NewArticle[], onProgress?: (done: number, total: number) => void) {
  const s = state();
  if (s.signature === "" || articles.length === 0) return;
  // The signature is left alone: the next sync still checks for rows other
  // processes wrote meanwhile, and finds ours already there. The import has
  // committed by now, so a failure here must not fail it: the next sync
  // catches up instead.
  try {
    onProgress?.(0, articles.length);
    let until = Date.now() + 25;
    for (let i = 0; i < articles.length; i++) {
      const a = articles[i]!;
      s.index.add({ id: a.id, text: a.body, title: a.title, publishedAt: a.publishedAt.getTime() });
      if (Date.now() >= until) {
        onProgress?.(i + 1, articles.length);
        await new Promise<void>((resolve) => setImmediate(resolve));
        until = Date.now() + 25;
      }
    }
    onProgress?.(articles.length, articles.length);
  } catch (error) {
    console.error("Could not add imported articles to the suggestion index; the next request catches up.", error);
  }
}

/** For tests: forget everything, as a restart would. */
export function resetSuggestionIndex() {
  globalState.__hindsightSuggest = undefined;
}

/**
 * After an article's title or date was edited, or it was deleted or restored,
 * in this process: its passages are read again (other processes pick up
 * deletions and restores by the signature; an edited date there waits for a restart).
 */
export async function refreshIndexedArticle(id: string) {
  const s = state();
  if (s.signature === "") return;
  if (s.index.has(id)) s.index.remove(id);
  await addArticles(s.index, [id]);
}
