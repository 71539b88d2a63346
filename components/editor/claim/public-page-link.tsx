import Link from "next/link";

export type PublicPageLinkProps = { claimId: string; publishedAt: string | null };

/** Readers only see published claims: a draft gets a plain note instead of a link to a 404. */
export function PublicPageLink({ claimId, publishedAt }: PublicPageLinkProps) {
  if (!publishedAt) {
    return <span className="small muted">Public page: not published yet</span>;
  }
  return (
    <Link href={`/claims/${claimId}`} className="small">
      Public page
    </Link>
  );
}
