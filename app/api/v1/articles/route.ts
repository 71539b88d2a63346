import { NextResponse } from "next/server";
import { LIMITS } from "@/lib/schemas/common";
import { createArticle, listArticles } from "@/server/articles";
import { readJson, route } from "@/server/http";
import { requireEditor } from "@/server/session";

export const GET = route(async (request) => {
  await requireEditor();
  const q = new URL(request.url).searchParams.get("q") ?? undefined;
  const articles = await listArticles({ q });
  return NextResponse.json({
    items: articles.map(({ _count, publishedAt, importedAt, ...a }) => ({
      ...a,
      publishedAt: publishedAt.toISOString(),
      importedAt: importedAt.toISOString(),
      claimCount: _count.claims,
      evidenceCount: _count.evidence,
    })),
  });
});

/** One article as JSON; an article whose text is already stored answers 200 with the existing one. */
export const POST = route(async (request) => {
  const actor = await requireEditor();
  // A 200k-character article can take several bytes per character.
  const body = await readJson(request, LIMITS.uploadBytes);
  const outcome = await createArticle(body, actor);
  return NextResponse.json(outcome, { status: outcome.status === "created" ? 201 : 200 });
});
