import Link from "next/link";
import type { PublicAppearance } from "@/lib/contracts/reader";
import { formatDay } from "@/lib/dates";
import { spreadSummary } from "@/lib/spread";
import styles from "./rumor.module.css";

export type RumorWhoProps = { appearances: PublicAppearance[] };

function Outlets({ list }: { list: { name: string; slug: string }[] }) {
  if (list.length === 0) return <span className="muted">nobody</span>;
  return (
    <>
      {list.map((o, i) => (
        <span key={o.slug}>
          {i > 0 ? ", " : null}
          <Link href={`/outlets/${o.slug}`}>{o.name}</Link>
        </span>
      ))}
    </>
  );
}

/** Who printed it first, who followed, who relayed, who doubted and who denied it. */
export function RumorWho({ appearances }: RumorWhoProps) {
  const s = spreadSummary(appearances);
  return (
    <dl className={styles.who} data-testid="spread-summary">
      <div>
        <dt>Printed first by</dt>
        <dd>
          {s.first ? (
            <>
              <Link href={`/outlets/${s.first.outlet.slug}`}>{s.first.outlet.name}</Link>,{" "}
              <time dateTime={s.first.publishedAt}>{formatDay(s.first.publishedAt)}</time>
            </>
          ) : (
            <span className="muted">nobody yet</span>
          )}
        </dd>
      </div>
      <div>
        <dt>Reported in their own voice after that by</dt>
        <dd>
          <Outlets list={s.followed} />
        </dd>
      </div>
      <div>
        <dt>Relayed (attributed to others) by</dt>
        <dd>
          <Outlets list={s.relayed} />
        </dd>
      </div>
      <div>
        <dt>Doubted (hedged) by</dt>
        <dd>
          <Outlets list={s.hedged} />
        </dd>
      </div>
      <div>
        <dt>Denied by</dt>
        <dd>
          <Outlets list={s.denied} />
        </dd>
      </div>
    </dl>
  );
}
