import Link from "next/link";
import { STANCE_INFO } from "@/lib/verdicts";
import type { DeskArticle } from "@/lib/contracts/desk";
import { VerdictBadge } from "@/components/ui/verdict-badge";

export type ArticleQuotesProps = { article: DeskArticle };

/** Every quote pinned to this article, as links: the keyboard route to them. */
export function ArticleQuotes({ article }: ArticleQuotesProps) {
  return (
    <section className="card" aria-labelledby="quotes-heading">
      <h2 id="quotes-heading">Quotes in this article</h2>
      {article.claims.length === 0 && article.evidence.length === 0 && <p className="muted">None yet.</p>}
      {article.claims.length > 0 && (
        <>
          <h3>Claims</h3>
          <ul>
            {article.claims.map((c) => (
              <li key={c.id}>
                <Link href={`/desk/claims/${c.id}`}>{c.statement}</Link> <VerdictBadge rating={c.currentVerdict?.rating} />
              </li>
            ))}
          </ul>
        </>
      )}
      {article.evidence.length > 0 && (
        <>
          <h3>Evidence</h3>
          <ul>
            {article.evidence.map((e) => (
              <li key={e.id}>
                <span className="stance">
                  {STANCE_INFO[e.stance].icon} {STANCE_INFO[e.stance].label}
                </span>{" "}
                <Link href={`/desk/claims/${e.claim.id}`}>{e.claim.statement}</Link>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
