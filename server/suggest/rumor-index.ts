import "server-only";
import { freshCheck } from "@/lib/fresh-check";
import type { PassageIndex } from "@/lib/suggest/index";
import { RumorIndex } from "@/lib/suggest/rumor-match";
import { db } from "@/server/platform/db";
import { syncIndex } from "./passage-index";
import { deskSignatures } from "./signatures";

// One in-process rumor index per app server (lib/suggest/rumor-match.ts),
// built on first use and kept right by the database alone, so it holds for
// writes made by this process, a CLI, or any other app server on the same
// database. Every write to a rumor or to one of its claims bumps the rumor's
// version (server/claims/versions.ts) in its own transaction, so
// count(rumors) + sum(versions) + max(updatedAt) moves with every commit that
// changes a rumor's texts, whatever order concurrent commits land in (which a
// timestamp watermark could not tell). Before each use one aggregate query
// compares that signature; when it moved, a scan of (id, version) says exactly
// which rumors were added, changed or deleted, and only those are reloaded.
//
// The desk's article index (./passage-index.ts) is the matcher's background:
// its statistics weigh the words and its articles give the article votes the
// tuned model depends on (without them accuracy@1 falls from 0.97 to 0.50 on
// FNC-1 held-out). A restart of the article index means a rebuild here too.
//
// The reader generation is not used to skip the aggregate: it missed a
// database reset made behind the server (e2e/rumors.spec.ts found a deleted
// rumor still offered), and a wrong match costs more than one aggregate.
// Each rumor's statement and claim count are kept beside its texts, read in
// the same load: they move only with the version, so after a sync they are
// what the database holds, and a match needs no query to describe its rumors
// (ADR 0039).
export type RumorFacts = { version: number; statement: string; claimCount: number };

type State = {
  index: RumorIndex;
  articles: PassageIndex | null;
  rumors: Map<string, RumorFacts>;
  signature: string;
  sync: () => Promise<void>;
};

const globalState = globalThis as unknown as { __hindsightRumorIndex?: State };
const CHUNK = 500;

function state(): State {
  if (!globalState.__hindsightRumorIndex) {
    const s: State = { index: new RumorIndex(), articles: null, rumors: new Map(), signature: "", sync: async () => undefined };
    // One catch-up at a time; a request arriving during one waits for the next (lib/fresh-check.ts).
    s.sync = freshCheck(() => catchUp(s));
    globalState.__hindsightRumorIndex = s;
  }
  return globalState.__hindsightRumorIndex;
}

/** A rumor's texts: its statement, and each claim's statement and quote. */
async function load(s: State, ids: string[]) {
  let until = Date.now() + 25;
  for (let i = 0; i < ids.length; i += CHUNK) {
    const rows = await db.rumor.findMany({
      where: { id: { in: ids.slice(i, i + CHUNK) } },
      select: { id: true, version: true, statement: true, claims: { select: { statement: true, quoteText: true } } },
    });
    for (const r of rows) {
      const texts = new Set([r.statement, ...r.claims.flatMap((c) => [c.statement, c.quoteText])]);
      s.index.update(r.id, [...texts]);
      s.rumors.set(r.id, { version: r.version, statement: r.statement, claimCount: r.claims.length });
      // A first build over many rumors must not hold up other requests.
      if (Date.now() >= until) {
        await new Promise<void>((resolve) => setImmediate(resolve));
        until = Date.now() + 25;
      }
    }
  }
}

async function catchUp(s: State) {
  // Both signatures in one round trip; the article index uses its half and
  // reads nothing more when it has not moved.
  const sigs = await deskSignatures();
  const articles = await syncIndex(sigs.articles);
  if (articles !== s.articles) {
    s.index = new RumorIndex(articles);
    s.articles = articles;
    s.rumors.clear();
    s.signature = "";
  }
  // Always the signature: the reader generation does not move for every change
  // to rumors (a database reset or restore behind the server was missed by it).
  const sig = sigs.rumors;
  if (sig === s.signature) return;
  const rows = await db.rumor.findMany({ select: { id: true, version: true } });
  const present = new Map(rows.map((r) => [r.id, r.version]));
  for (const id of s.rumors.keys()) {
    if (present.has(id)) continue;
    s.index.remove(id);
    s.rumors.delete(id);
  }
  await load(
    s,
    rows.filter((r) => s.rumors.get(r.id)?.version !== r.version).map((r) => r.id),
  );
  s.signature = sig;
}

/** The rumor index, brought up to date with the database. */
export async function syncRumorIndex(): Promise<RumorIndex> {
  return (await syncRumors()).index;
}

/** The rumor index and each indexed rumor's statement and claim count, brought up to date with the database. */
export async function syncRumors(): Promise<{ index: RumorIndex; facts: (rumorId: string) => RumorFacts | undefined }> {
  const s = state();
  await s.sync();
  const { index, rumors } = s;
  return { index, facts: (id) => rumors.get(id) };
}

/** For tests: forget everything, as a restart (or another app server) would. */
export function resetRumorIndex() {
  globalState.__hindsightRumorIndex = undefined;
}
