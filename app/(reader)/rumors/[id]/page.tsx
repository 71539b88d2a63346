import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { RumorDetail } from "@/components/reader/rumor-detail";
import { jsonLdText, rumorReview } from "@/lib/claim-review";
import { RATING_INFO } from "@/lib/verdicts";
import { env } from "@/server/platform/env";
import { AppError } from "@/server/platform/errors";
import { getPublicRumor } from "@/server/reader/rumors";
import { rumorCriteriaChanges } from "@/server/reader/resolution-history";

export const dynamic = "force-dynamic";

type RumorPageProps = { params: Promise<{ id: string }> };

// Shared by generateMetadata and the page so one request reads the rumor once;
// an unknown or unpublished rumor renders the 404 page.
const loadRumor = cache(async (id: string) => {
  try {
    return await getPublicRumor(id);
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  }
});

const siteUrl = () => env.HINDSIGHT_SITE_URL.replace(/\/$/, "");

export async function generateMetadata({ params }: RumorPageProps): Promise<Metadata> {
  const rumor = await loadRumor((await params).id);
  const verdict = RATING_INFO[rumor.rating].label;
  const title = `Rumor: ${verdict} — ${rumor.statement}`;
  const first = rumor.firstAppearance;
  const description = `${verdict}. ${rumor.claimCount} appearance${rumor.claimCount === 1 ? "" : "s"}${first ? `, first printed by ${first.outlet} on ${first.publishedAt}` : ""}.`;
  const url = `${siteUrl()}/rumors/${rumor.id}`;
  return {
    title,
    description,
    alternates: {
      canonical: url,
      types: { "application/atom+xml": [{ url: `/rumors/${rumor.id}/feed.xml`, title: `Verdicts on the rumor “${rumor.statement}”` }] },
    },
    openGraph: { type: "article", title, description, url, siteName: "Hindsight" },
  };
}

export default async function RumorPage({ params }: RumorPageProps) {
  const rumor = await loadRumor((await params).id);
  const changes = await rumorCriteriaChanges(rumor.id);
  const review = rumorReview(rumor, { siteUrl: env.HINDSIGHT_SITE_URL });
  return (
    <>
      {review ? <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLdText(review) }} /> : null}
      <RumorDetail rumor={rumor} permalink={`${siteUrl()}/rumors/${rumor.id}`} criteriaChanges={changes} />
    </>
  );
}
