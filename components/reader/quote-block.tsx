import type { ReactNode } from "react";
import { formatDay } from "@/lib/dates";
import type { PublicClaim } from "@/lib/contracts/reader";
import styles from "./reader.module.css";

export type QuoteBlockProps = {
  kind: "rumor" | "outcome";
  article: PublicClaim["sourceArticle"];
  /** What precedes the outlet in the caption, e.g. "attributed to X". */
  credit?: ReactNode;
  /** Shown above the quote, e.g. the evidence's stance. */
  label?: ReactNode;
  /** The quoted words; a plain string becomes one paragraph. */
  children: ReactNode;
};

/** Only web addresses become links: an imported URL is data, never a script. */
function webAddress(url: string | null): string | null {
  return url && /^https?:\/\//i.test(url) ? url : null;
}

/** A quote with its source, as a figure so the caption is tied to it; linked to the article when its address is known. */
export function QuoteBlock({ kind, article, credit, label, children }: QuoteBlockProps) {
  const href = webAddress(article.url);
  return (
    <figure className={styles.figure}>
      {label}
      <blockquote className={`quote ${kind}`} cite={article.url ?? undefined}>
        {typeof children === "string" ? <p>{children}</p> : children}
      </blockquote>
      <figcaption className="source">
        — {credit ? <>{credit}, in </> : null}
        <cite>{article.outlet}</cite>, <time dateTime={article.publishedAt}>{formatDay(article.publishedAt)}</time>
        {href ? (
          <>
            {" · "}
            <a href={href} rel="nofollow noopener noreferrer" data-testid="source-link">
              Read the article<span className="visually-hidden">: {article.title}</span>
            </a>
          </>
        ) : null}
      </figcaption>
    </figure>
  );
}
