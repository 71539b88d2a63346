import "server-only";
import { createHash } from "node:crypto";
import { ArticleInputSchema, type ArticleData } from "@/lib/schemas/article";
import { parseDateInput } from "@/lib/dates";
import { deriveTitle } from "@/lib/text";
import { db, type Tx } from "./db";
import { audit } from "./audit";
import { AppError, fieldErrors, notFound, parseInput } from "./errors";
import { findOrCreateOutlet } from "./outlets";
import { readerChanged } from "./reader-cache";
import { requireEditor, type Actor } from "./session";
import { indexNewArticles } from "./suggestion-index";

export function sha256(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

const articleSummarySelect = {
  id: true,
  title: true,
  url: true,
  publishedAt: true,
  importedAt: true,
  outlet: { select: { id: true, name: true, slug: true } },
  _count: { select: { claims: true, evidence: true } },
} as const;

export type ImportOutcome =
  | { status: "created"; id: string; title: string }
  | { status: "duplicate"; id: string; title: string };

export type ImportReport = { created: number; duplicates: number; items: ImportOutcome[] };

async function insertArticle(tx: Tx, data: ArticleData, actor: Actor | null): Promise<ImportOutcome> {
  const hash = sha256(data.text);
  const existing = await tx.article.findUnique({ where: { sha256: hash }, select: { id: true, title: true } });
  if (existing) return { status: "duplicate", ...existing };
  const outlet = await findOrCreateOutlet(tx, data.outlet, data.outletDomain);
  const article = await tx.article.create({
    data: {
      outletId: outlet.id,
      title: data.title ?? deriveTitle(data.text),
      url: data.url ?? null,
      publishedAt: parseDateInput(data.publishedAt)!,
      body: data.text,
      sha256: hash,
      importedById: actor?.id ?? null,
    },
    select: { id: true, title: true },
  });
  await audit(tx, actor, {
    action: "article.import",
    entityType: "article",
    entityId: article.id,
    after: { title: article.title, outlet: data.outlet, publishedAt: data.publishedAt, url: data.url ?? null, sha256: hash },
  });
  return { status: "created", ...article };
}

/**
 * Imports a batch all-or-nothing: every item is validated first, and one
 * invalid item rejects the batch with its position, so a file is never
 * half-imported. Texts already stored (same SHA-256) are reported, not doubled.
 */
export async function importArticles(inputs: unknown[], actor?: Actor | null): Promise<ImportReport> {
  const who = actor === undefined ? await requireEditor() : actor;
  const valid: ArticleData[] = [];
  const errors: Record<string, string[]> = {};
  inputs.forEach((input, i) => {
    const parsed = ArticleInputSchema.safeParse(input);
    if (parsed.success) valid.push(parsed.data);
    else for (const [field, msgs] of Object.entries(fieldErrors(parsed.error))) errors[`${i + 1}.${field}`] = msgs;
  });
  if (Object.keys(errors).length > 0) {
    const [where, msgs] = Object.entries(errors)[0]!;
    const [item, field] = where.split(".");
    throw new AppError("invalid", `Nothing was imported. Item ${item}, ${field}: ${msgs[0]}`, errors);
  }
  if (valid.length === 0) throw new AppError("invalid", "Nothing to import: no articles were found.");
  const items = await db.$transaction(async (tx) => {
    const out: ImportOutcome[] = [];
    for (const data of valid) out.push(await insertArticle(tx, data, who));
    return out;
  });
  readerChanged({ articleIds: items.filter((i) => i.status === "created").map((i) => i.id) });
  // Assisted pairing (issue #5): keep the in-process suggestion index current.
  await indexNewArticles(items.filter((i) => i.status === "created").map((i) => i.id));
  return {
    created: items.filter((i) => i.status === "created").length,
    duplicates: items.filter((i) => i.status === "duplicate").length,
    items,
  };
}

export async function createArticle(input: unknown, actor?: Actor | null): Promise<ImportOutcome> {
  // Parsed here first so a lone article's field errors are keyed "outlet", not "1.outlet".
  const report = await importArticles([parseInput(ArticleInputSchema, input)], actor);
  return report.items[0]!;
}

export async function listArticles(filter: { q?: string } = {}) {
  const q = filter.q?.trim();
  return db.article.findMany({
    where: q ? { OR: [{ title: { contains: q } }, { outlet: { name: { contains: q } } }] } : undefined,
    orderBy: [{ publishedAt: "desc" }, { importedAt: "desc" }],
    take: 500,
    select: articleSummarySelect,
  });
}

export type ArticleSummary = Awaited<ReturnType<typeof listArticles>>[number];

/** The article as the editor's reader shows it, with every quote pinned to it. */
export async function getArticle(id: string) {
  const article = await db.article.findUnique({
    where: { id },
    select: {
      id: true,
      title: true,
      url: true,
      publishedAt: true,
      importedAt: true,
      body: true,
      sha256: true,
      outlet: { select: { id: true, name: true, slug: true } },
      claims: {
        orderBy: { quoteStart: "asc" },
        select: { id: true, quoteStart: true, quoteEnd: true, statement: true, currentVerdict: { select: { rating: true } } },
      },
      evidence: {
        orderBy: { quoteStart: "asc" },
        select: { id: true, quoteStart: true, quoteEnd: true, stance: true, claim: { select: { id: true, statement: true } } },
      },
    },
  });
  if (!article) throw notFound("The article");
  return article;
}

export type ArticleDetail = Awaited<ReturnType<typeof getArticle>>;

export async function getArticleBody(id: string): Promise<string> {
  const article = await db.article.findUnique({ where: { id }, select: { body: true } });
  if (!article) throw notFound("The article");
  return article.body;
}
