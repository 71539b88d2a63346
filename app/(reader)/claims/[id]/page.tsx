import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { ClaimDetail } from "@/components/reader/claim-detail";
import { RATING_INFO } from "@/lib/verdicts";
import { AppError } from "@/server/errors";
import { getPublicClaim } from "@/server/public-claims";

export const dynamic = "force-dynamic";

type ClaimPageProps = { params: Promise<{ id: string }> };

// Shared by generateMetadata and the page so one request reads the claim once.
// A missing claim must render the 404 page, not surface as a server error.
const loadClaim = cache(async (id: string) => {
  try {
    return await getPublicClaim(id);
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  }
});

export async function generateMetadata({ params }: ClaimPageProps): Promise<Metadata> {
  const claim = await loadClaim((await params).id);
  return {
    title: `Verdict: ${RATING_INFO[claim.rating].label} — ${claim.statement}`,
    description: `“${claim.quote.text}” — attributed to ${claim.attributedTo}, in ${claim.sourceArticle.outlet}.`,
  };
}

export default async function ClaimPage({ params }: ClaimPageProps) {
  const claim = await loadClaim((await params).id);
  return <ClaimDetail claim={claim} context={claim.context} />;
}
