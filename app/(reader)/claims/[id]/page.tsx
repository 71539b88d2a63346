import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { ClaimDetail } from "@/components/reader/claim-detail";
import { jsonLdText, rumorReview } from "@/lib/claim-review";
import { RATING_INFO } from "@/lib/verdicts";
import { env } from "@/server/platform/env";
import { AppError } from "@/server/platform/errors";
import { getReaderClaim } from "@/server/reader/claims";
import { getPublicRumor } from "@/server/reader/rumors";
import { claimAsOf, rumorCriteriaChanges } from "@/server/reader/resolution-history";
import { AsOfSchema } from "@/lib/schemas/claim-filter";
import { CapturedOn } from "@/components/sources/captured-on";
import { EditedNotice } from "@/components/sources/edited-notice";
import { publicClaimSource } from "@/server/archive/edits";

export const dynamic = "force-dynamic";

type ClaimPageProps = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

// Shared by generateMetadata and the page so one request reads the claim once.
// A missing claim must render the 404 page, not surface as a server error.
const loadClaim = cache(async (id: string) => {
  try {
    return await getReaderClaim(id);
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  }
});

const permalinkOf = (id: string) => `${env.HINDSIGHT_SITE_URL.replace(/\/$/, "")}/claims/${id}`;

export async function generateMetadata({ params }: ClaimPageProps): Promise<Metadata> {
  const claim = await loadClaim((await params).id);
  const verdict = RATING_INFO[claim.rating].label;
  const title = `Verdict: ${verdict} — ${claim.statement}`;
  const description = `${verdict}. “${claim.quote.text}” — attributed to ${claim.attributedTo}, in ${claim.sourceArticle.outlet}.`;
  const url = permalinkOf(claim.id);
  return {
    title,
    description,
    alternates: { canonical: url, types: { "application/atom+xml": [{ url: `/claims/${claim.id}/feed.xml`, title: `Verdicts on “${claim.statement}”` }] } },
    openGraph: { type: "article", title, description, url, siteName: "Hindsight" },
    twitter: { card: "summary_large_image", title, description },
    other: { "hindsight:verdict": claim.rating },
  };
}

export default async function ClaimPage({ params, searchParams }: ClaimPageProps) {
  const claim = await loadClaim((await params).id);
  // ?asOf=YYYY-MM-DD: the page as it stood then too (an unusable date shows today's).
  const rawAsOf = (await searchParams).asOf;
  const day = AsOfSchema.safeParse(Array.isArray(rawAsOf) ? rawAsOf[0] : rawAsOf).data;
  // The claim's rumor's ClaimReview, with every appearance (one review per rumor).
  const [rumor, source, changes, asOf] = await Promise.all([
    getPublicRumor(claim.rumor.id).catch(() => null),
    publicClaimSource(claim.id),
    rumorCriteriaChanges(claim.rumor.id),
    day ? claimAsOf(claim.id, day) : null,
  ]);
  const review = rumor ? rumorReview(rumor, { siteUrl: env.HINDSIGHT_SITE_URL }) : null;
  return (
    <>
      {review ? <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLdText(review) }} /> : null}
      <EditedNotice edits={source.edits} />
      <ClaimDetail claim={claim} context={claim.context} permalink={permalinkOf(claim.id)} criteriaChanges={changes} asOf={asOf} />
      {source.captures.length ? (
        <section aria-labelledby="captures-heading">
          <h2 id="captures-heading">The source as Hindsight archived it</h2>
          {source.byline ? <p className="small">Byline on the page: {source.byline}</p> : null}
          <CapturedOn captures={source.captures} base="/archive" />
        </section>
      ) : null}
    </>
  );
}
