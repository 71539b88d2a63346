import "server-only";
import { createHash } from "node:crypto";
import type { ImportOutcome, ImportReport } from "@/lib/contracts/writes";
import { ArticleInputSchema, type ArticleData } from "@/lib/schemas/article";
import { parseDateInput } from "@/lib/dates";
import type { ProgressListener } from "@/lib/import/progress";
import { deriveTitle, slugify } from "@/lib/text";
import { db, Prisma, type Tx } from "@/server/platform/db";
import { auditMany } from "@/server/auth/audit";
import { insertRows, newId } from "@/server/platform/bulk-insert";
import { AppError, fieldErrors, parseInput } from "@/server/platform/errors";
import { readerChanged } from "@/server/cache/reader-cache";
import { requireEditor, type Actor } from "@/server/auth/session";
import { indexNewArticles } from "@/server/suggest/passage-index";
import { scheduleRecaptures } from "@/server/sources/recapture";

function sha256(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

export type { ImportOutcome, ImportReport };

export type ImportOptions = {
  /** Progress of the phases after reading: checking, writing and indexing. */
  onProgress?: ProgressListener;
  /** The file line each input came from, so a problem found here names it. */
  lines?: number[];
};

// Articles per step: a step of writing is a few multi-row INSERTs
// (server/platform/bulk-insert.ts) and one progress report, a fraction of a second
// apart; a lookup step is one `sha256 IN (…)` query.
const WRITE_CHUNK = 500;
const LOOKUP_CHUNK = 500;

type Prepared = { data: ArticleData; hash: string; slug: string; title: string; publishedAt: Date };

const chunks = <T>(xs: T[], size: number) => Array.from({ length: Math.ceil(xs.length / size) }, (_, i) => xs.slice(i * size, (i + 1) * size));

/** Lets the server answer other requests during a long import; a no-op cost for small ones. */
const breathe = () => new Promise<void>((resolve) => setImmediate(resolve));

/** A unique index refused a row: P2002 from Prisma's own queries, P2010 with the adapter's kind from raw ones. */
function isUniqueViolation(error: unknown): boolean {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError)) return false;
  if (error.code === "P2002") return true;
  const cause = (error.meta as { driverAdapterError?: { cause?: { kind?: string } } } | undefined)?.driverAdapterError?.cause;
  return error.code === "P2010" && cause?.kind === "UniqueConstraintViolation";
}

type Stored = Map<string, { id: string; title: string }>;

/** Adds the stored articles among these hashes to `found` (sha256 → the article). */
async function findStored(hashes: string[], found: Stored) {
  for (const part of chunks(hashes, LOOKUP_CHUNK)) {
    const rows = await db.article.findMany({ where: { sha256: { in: part } }, select: { id: true, title: true, sha256: true } });
    for (const row of rows) found.set(row.sha256, { id: row.id, title: row.title });
  }
}

/**
 * Creates the outlets these articles name and records domains, with the same
 * end state as upserting once per article in file order: a new outlet takes
 * the first spelling of its name, and the last domain given wins.
 */
async function outletIds(tx: Tx, rows: Prepared[]): Promise<Map<string, string>> {
  const wanted = new Map<string, { name: string; domain?: string }>();
  for (const { data, slug } of rows) {
    const entry = wanted.get(slug);
    if (!entry) wanted.set(slug, { name: data.outlet.trim(), domain: data.outletDomain });
    else if (data.outletDomain) entry.domain = data.outletDomain;
  }
  const ids = new Map<string, string>();
  for (const part of chunks([...wanted.keys()], LOOKUP_CHUNK)) {
    const existing = await tx.outlet.findMany({ where: { slug: { in: part } }, select: { id: true, slug: true, domain: true } });
    for (const outlet of existing) {
      ids.set(outlet.slug, outlet.id);
      const domain = wanted.get(outlet.slug)!.domain;
      if (domain && domain !== outlet.domain) await tx.outlet.update({ where: { id: outlet.id }, data: { domain } });
    }
  }
  const missing = [...wanted].filter(([slug]) => !ids.has(slug));
  for (const part of chunks(missing, WRITE_CHUNK)) {
    const created = await tx.outlet.createManyAndReturn({
      data: part.map(([slug, { name, domain }]) => ({ slug, name, domain: domain ?? null })),
      select: { id: true, slug: true },
    });
    for (const outlet of created) ids.set(outlet.slug, outlet.id);
  }
  return ids;
}

/** Writes what is not stored yet in one transaction, and reports every input's outcome. */
async function writeBatch(prepared: Prepared[], stored: Stored, who: Actor | null, progress: ProgressListener) {
  // The first of two identical texts in the batch is created; later ones are its duplicates.
  const toCreate: Prepared[] = [];
  const firstInBatch = new Set<string>();
  for (const p of prepared) {
    if (stored.has(p.hash) || firstInBatch.has(p.hash)) continue;
    firstInBatch.add(p.hash);
    toCreate.push(p);
  }

  const created = new Map<string, { id: string; title: string }>();
  progress({ phase: "writing", done: 0, total: toCreate.length });
  if (toCreate.length > 0) {
    await db.$transaction(
      async (tx) => {
        const outlets = await outletIds(tx, toCreate);
        const now = new Date();
        let done = 0;
        for (const part of chunks(toCreate, WRITE_CHUNK)) {
          const rows = part.map((p) => ({ p, id: newId() }));
          await insertRows(
            tx,
            "Article",
            rows.map(({ p, id }) => ({
              id,
              outletId: outlets.get(p.slug)!,
              title: p.title,
              url: p.data.url ?? null,
              byline: p.data.byline ?? null,
              publishedAt: p.publishedAt,
              body: p.data.text,
              sha256: p.hash,
              importedAt: now,
              importedById: who?.id ?? null,
            })),
          );
          await auditMany(
            tx,
            who,
            rows.map(({ p, id }) => ({
              action: "article.import",
              entityType: "article",
              entityId: id,
              after: {
                title: p.title,
                outlet: p.data.outlet,
                publishedAt: p.data.publishedAt,
                url: p.data.url ?? null,
                byline: p.data.byline ?? null,
                sha256: p.hash,
              },
            })),
            now,
          );
          for (const { p, id } of rows) created.set(p.hash, { id, title: p.title });
          progress({ phase: "writing", done: (done += part.length), total: toCreate.length });
          await breathe();
        }
      },
      // A large import may run for a while; on SQLite other writers queue behind it.
      { maxWait: 30_000, timeout: Math.max(60_000, toCreate.length * 20) },
    );
  }
  const seen = new Set<string>();
  const items = prepared.map((p): ImportOutcome => {
    const existing = stored.get(p.hash);
    if (existing) return { status: "duplicate", ...existing };
    const made = created.get(p.hash)!;
    if (seen.has(p.hash)) return { status: "duplicate", ...made };
    seen.add(p.hash);
    return { status: "created", ...made };
  });
  return { items, created: toCreate.map((p) => ({ id: created.get(p.hash)!.id, title: p.title, body: p.data.text, publishedAt: p.publishedAt })) };
}

/**
 * Imports a batch all-or-nothing: every item is validated first, and one
 * invalid item rejects the batch with its position, so a file is never
 * half-imported. Texts already stored (same SHA-256) are reported, not
 * doubled. Stored articles are written in multi-row INSERTs inside one
 * transaction, each with its audit row.
 */
export async function importArticles(inputs: unknown[], actor?: Actor | null, options: ImportOptions = {}): Promise<ImportReport> {
  const who = actor === undefined ? await requireEditor() : actor;
  const progress = options.onProgress ?? (() => undefined);
  const where = (i: number) => (options.lines ? `line ${options.lines[i] ?? i + 1}` : String(i + 1));
  const errors: Record<string, string[]> = {};
  const prepared: Prepared[] = [];
  const stored: Stored = new Map();
  // Validated, hashed and looked up a chunk at a time, so progress moves
  // steadily; after the first problem only validation goes on, to list them all.
  const total = inputs.length;
  progress({ phase: "checking", done: 0, total });
  for (let start = 0; start < total; start += LOOKUP_CHUNK) {
    const end = Math.min(total, start + LOOKUP_CHUNK);
    const hashes: string[] = [];
    for (let i = start; i < end; i++) {
      const parsed = ArticleInputSchema.safeParse(inputs[i]);
      if (!parsed.success) {
        for (const [field, msgs] of Object.entries(fieldErrors(parsed.error))) errors[`${where(i)}.${field}`] = msgs;
        continue;
      }
      const data = parsed.data;
      const hash = sha256(data.text);
      hashes.push(hash);
      prepared.push({
        data,
        hash,
        slug: slugify(data.outlet),
        title: data.title ?? deriveTitle(data.text),
        publishedAt: parseDateInput(data.publishedAt)!,
      });
    }
    if (Object.keys(errors).length === 0) await findStored(hashes, stored);
    progress({ phase: "checking", done: end, total });
    await breathe();
  }
  if (Object.keys(errors).length > 0) {
    const [key, msgs] = Object.entries(errors)[0]!;
    const [item, field] = key.split(".");
    throw new AppError("invalid", `Nothing was imported. ${options.lines ? cap(item!) : `Item ${item}`}, ${field}: ${msgs[0]}`, errors);
  }
  if (prepared.length === 0) throw new AppError("invalid", "Nothing to import: no articles were found.");

  // Between the duplicate check and the insert another import may store the
  // same text or outlet; the unique index then rolls ours back, and one more
  // attempt sees it as a duplicate.
  let result;
  try {
    result = await writeBatch(prepared, stored, who, progress);
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    await findStored(
      prepared.map((p) => p.hash),
      stored,
    );
    try {
      result = await writeBatch(prepared, stored, who, progress);
    } catch (again) {
      if (!isUniqueViolation(again)) throw again;
      throw new AppError("conflict", "Nothing was imported: another import was storing the same articles at the same moment. Try again.");
    }
  }
  const { items, created } = result;
  readerChanged({ articleIds: created.map((a) => a.id) });
  // Assisted pairing (issue #5): keep the in-process suggestion index current.
  await indexNewArticles(created, (done, of) => progress({ phase: "indexing", done, total: of }));
  return { created: created.length, duplicates: items.length - created.length, items };
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export async function createArticle(input: unknown, actor?: Actor | null): Promise<ImportOutcome> {
  // Parsed here first so a lone article's field errors are keyed "outlet", not "1.outlet".
  const who = actor === undefined ? await requireEditor() : actor;
  const data = parseInput(ArticleInputSchema, input);
  const capture = data.captureId ? await db.capture.findUnique({ where: { id: data.captureId }, select: { articleId: true } }) : null;
  if (data.captureId && (!capture || capture.articleId))
    throw new AppError("invalid", "This capture does not exist or already belongs to an article.", { captureId: ["Unknown capture."] });
  const report = await importArticles([data], who);
  const outcome = report.items[0]!;
  // The archived fetch the text came from (issue 15): linked to the article, new or already stored;
  // a new article is then fetched again on a schedule, so the archive follows the page.
  if (data.captureId) {
    await db.capture.updateMany({ where: { id: data.captureId, articleId: null }, data: { articleId: outcome.id } });
    // The article is saved either way; a queue that cannot be reached costs only its re-captures.
    if (outcome.status === "created") await scheduleRecaptures(outcome.id).catch((error) => console.error("Hindsight: re-captures not scheduled:", error));
  }
  return outcome;
}
