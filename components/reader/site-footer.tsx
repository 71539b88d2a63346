import Link from "next/link";
import { listClaims } from "@/lib/contracts/api/claims";
import { urlOf } from "@/lib/query/call";
import styles from "./reader.module.css";

export function SiteFooter() {
  return (
    <footer className={styles.footer}>
      <div className="container small muted">
        <p>
          Hindsight keeps what was rumored before an event next to what was reported after it. Every claim is pinned to the exact words of a pre-event article,
          every verdict to quotes from later reporting.
        </p>
        <p>
          <Link href="/methodology">How we check claims and score outlets</Link>.
        </p>
        <p>
          The same data is available as JSON: <a href={urlOf(listClaims)}>the public claims API ({urlOf(listClaims)})</a>. Follow new and changed verdicts in
          the <a href="/feed.xml">Atom feed</a>; every verdict as schema.org ClaimReview: <a href="/claim-reviews.jsonld">claim-reviews.jsonld</a>.
        </p>
      </div>
    </footer>
  );
}
