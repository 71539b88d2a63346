import type { PublicClaim } from "@/lib/contracts/reader";
import { QuoteBlock } from "./quote-block";
import styles from "./reader.module.css";

export type RumorInContextProps = {
  claim: Pick<PublicClaim, "quote" | "attributedTo" | "sourceArticle">;
  context: { before: string; after: string };
};

/** The pre-event quote shown inside the passage it came from, the claim's exact words marked. */
export function RumorInContext({ claim, context }: RumorInContextProps) {
  const article = claim.sourceArticle;
  const { before, after } = context;
  return (
    <>
      <QuoteBlock kind="rumor" article={article} credit={<>attributed to {claim.attributedTo}</>}>
        <p className={styles.context}>
          {before}
          <mark>{claim.quote.text}</mark>
          {after}
        </p>
      </QuoteBlock>
      <p className="small">
        {article.url ? (
          <a href={article.url} rel="noopener noreferrer">
            Read the original article: “{article.title}” ({article.outlet})
          </a>
        ) : (
          <span className="muted">
            Original article: “{article.title}” ({article.outlet}); no link available.
          </span>
        )}
      </p>
    </>
  );
}
