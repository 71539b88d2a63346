import "server-only";
import type { StealthEditData } from "@/lib/contracts/webhooks";
import type { Tx } from "@/server/platform/db";
import { claimOut, publicClaimSelect, readerClaimWhere, site } from "./payloads";

// The body of `stealth_edit.found` (issue 15 + 17, ADR 0033 update of
// 2026-12-02), read inside the transaction that records the new version.
// Readers' rules decide what goes in: nothing at all unless a published claim
// quotes the article (which is also when its captures' archived text is
// public); of the quotes the edit touched, only published claims' and the
// evidence of rumors readers can see. A draft's quote, changed or not, is
// never named.

export type StealthEditFound = { articleId: string; versionId: string; previousVersionId: string; captureId: string; foundAt: Date };

const firstPublished = { where: readerClaimWhere, orderBy: [{ sourceAt: "asc" as const }, { id: "asc" as const }], take: 1, select: { id: true } };
const versionSelect = { id: true, number: true, capturedAt: true, captures: { orderBy: { fetchedAt: "asc" as const }, select: { id: true, fetchedAt: true } } };

const archiveUrl = (captureId: string) => `${site()}/archive/${captureId}`;
const deskClaimUrl = (claimId: string) => `${site()}/desk/claims/${claimId}`;
const kindOf = (kind: string) => (kind === "removed" ? ("removed" as const) : ("changed" as const));

async function publicEdits(tx: Tx, versionId: string): Promise<StealthEditData["affected"]> {
  const edits = await tx.quoteEdit.findMany({
    where: { versionId, OR: [{ claim: readerClaimWhere }, { evidence: { rumor: { claims: { some: readerClaimWhere } } } }] },
    orderBy: { id: "asc" },
    select: {
      kind: true,
      quoteText: true,
      replacement: true,
      claimId: true,
      evidence: { select: { id: true, rumorId: true, rumor: { select: { claims: firstPublished } } } },
    },
  });
  // Claims first, then evidence (sorted here: the databases put nulls at opposite ends).
  const ordered = [...edits.filter((e) => e.claimId), ...edits.filter((e) => !e.claimId)];
  return ordered.map((e) => {
    const common = { kind: kindOf(e.kind), quoteText: e.quoteText, replacement: e.replacement };
    if (e.claimId) return { target: "claim" as const, id: e.claimId, ...common, url: `${site()}/claims/${e.claimId}`, deskUrl: deskClaimUrl(e.claimId) };
    const evidence = e.evidence!;
    return {
      target: "evidence" as const,
      id: evidence.id,
      ...common,
      url: `${site()}/rumors/${evidence.rumorId}`,
      deskUrl: deskClaimUrl(evidence.rumor.claims[0]!.id),
    };
  });
}

const summaryOf = (number: number, affected: StealthEditData["affected"]) => {
  const count = (kind: "changed" | "removed") => affected.filter((a) => a.kind === kind).length;
  const passages = (n: number) => `${n} quoted passage${n === 1 ? "" : "s"}`;
  const touched = [count("changed") && `${passages(count("changed"))} changed`, count("removed") && `${passages(count("removed"))} removed`].filter(Boolean);
  return `Version ${number} of the article's text differs from version ${number - 1}: ${touched.length ? touched.join(", ") : "no published quote is affected"}.`;
};

/** The event's body, or null when no reader can see the article (no published claim quotes it). */
export async function stealthEditPayload(tx: Tx, found: StealthEditFound): Promise<{ event: "stealth_edit.found"; data: StealthEditData } | null> {
  const article = await tx.article.findFirst({
    where: { id: found.articleId, claims: { some: readerClaimWhere } },
    select: { id: true, title: true, url: true, outlet: { select: { name: true, slug: true } } },
  });
  if (!article) return null;
  // One after another: a transaction's queries share its connection.
  const previous = await tx.articleVersion.findUniqueOrThrow({ where: { id: found.previousVersionId }, select: versionSelect });
  const version = await tx.articleVersion.findUniqueOrThrow({ where: { id: found.versionId }, select: { id: true, number: true, capturedAt: true } });
  const affected = await publicEdits(tx, found.versionId);
  const claims = await tx.claim.findMany({
    where: { AND: [{ articleId: article.id }, readerClaimWhere] },
    orderBy: [{ sourceAt: "asc" }, { id: "asc" }],
    take: 100,
    select: publicClaimSelect,
  });
  // The old text's last capture: the edit happened between it and the new one.
  const lastSeen = previous.captures.at(-1) ?? null;
  return {
    event: "stealth_edit.found",
    data: {
      article: {
        id: article.id,
        title: article.title,
        url: article.url,
        outlet: { name: article.outlet.name, url: `${site()}/outlets/${article.outlet.slug}` },
      },
      previous: {
        id: previous.id,
        number: previous.number,
        capturedAt: previous.capturedAt.toISOString(),
        lastSeenAt: lastSeen?.fetchedAt.toISOString() ?? null,
        captureId: lastSeen?.id ?? null,
        archiveUrl: lastSeen ? archiveUrl(lastSeen.id) : null,
      },
      version: {
        id: version.id,
        number: version.number,
        capturedAt: version.capturedAt.toISOString(),
        captureId: found.captureId,
        archiveUrl: archiveUrl(found.captureId),
      },
      quotesAffected: affected.length > 0,
      affected,
      deskUrl: affected[0]?.deskUrl ?? deskClaimUrl(claims[0]!.id),
      foundAt: found.foundAt.toISOString(),
      summary: summaryOf(version.number, affected),
      claims: claims.map(claimOut),
    },
  };
}
