import Link from "next/link";
import { formatDay } from "@/lib/dates";
import type { DeskQueue } from "@/lib/contracts/desk";
import { plural } from "@/lib/plural";
import { LikelyLinks } from "../rumor/likely-links";
import { ReviewWaiting } from "../workflow/review-waiting";
import { MarkDoneButton } from "./mark-done-button";
import { OverdueRumors } from "./overdue-rumors";

type QueueClaim = DeskQueue["pending"][number];

function ClaimRows({ claims, empty }: { claims: QueueClaim[]; empty: string }) {
  if (claims.length === 0) return <p className="muted">{empty}</p>;
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">Claim</th>
          <th scope="col">Source</th>
          <th scope="col">Due</th>
          <th scope="col">Evidence</th>
        </tr>
      </thead>
      <tbody>
        {claims.map((c) => {
          const due = c.deadline ?? c.event?.date;
          return (
            <tr key={c.id}>
              <td>
                <Link href={`/desk/claims/${c.id}`}>{c.statement}</Link>
                <div className="small muted">Attributed to {c.attributedTo}</div>
              </td>
              <td className="small">{c.article.outlet.name}</td>
              <td className="small">{due ? formatDay(due) : "—"}</td>
              <td className="small">{c._count.evidence}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

export function WorkQueue({ queue }: { queue: DeskQueue }) {
  return (
    <div>
      <h1>Work queue</h1>
      <p className="muted">
        {plural(queue.overdueRumors.length, "rumor")} overdue · {plural(queue.pending.length, "claim")} without a verdict ·{" "}
        {plural(queue.drafts.length, "draft verdict")} to publish · {plural(queue.unpublished.length, "claim")} to publish · {queue.overdue.length} past their
        deadline · {plural(queue.untouched.length, "article")} not used yet
        {queue.edited.length ? ` · ${queue.edited.length} quotes edited by their outlet` : null}
      </p>
      <ReviewWaiting />
      <OverdueRumors rumors={queue.overdueRumors} />
      <LikelyLinks />
      {queue.edited.length ? (
        <section aria-labelledby="edited-heading">
          <h2 id="edited-heading">Quotes the outlet edited since</h2>
          <ul>
            {queue.edited.map((e) => (
              <li key={e.id}>
                {e.claim ? (
                  <Link href={`/desk/claims/${e.claim.id}`}>{e.claim.statement}</Link>
                ) : (
                  <Link href={`/desk/articles/${e.article.id}`}>{e.article.title}</Link>
                )}{" "}
                <span className="small muted">
                  — {e.article.outlet.name} {e.kind} the quoted passage, seen {formatDay(e.editedAt)}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="overdue-heading">
        <h2 id="overdue-heading">Past their deadline, still pending</h2>
        <ClaimRows claims={queue.overdue} empty="Nothing overdue." />
      </section>
      <section aria-labelledby="pending-heading">
        <h2 id="pending-heading">Claims without a verdict</h2>
        <ClaimRows claims={queue.pending} empty="Every claim has a verdict or a draft." />
      </section>
      <section aria-labelledby="drafts-heading">
        <h2 id="drafts-heading">Draft verdicts to publish</h2>
        <ClaimRows claims={queue.drafts} empty="No verdict waits as a draft." />
      </section>
      <section aria-labelledby="unpublished-heading">
        <h2 id="unpublished-heading">Verdict published, claim not published</h2>
        <ClaimRows claims={queue.unpublished} empty="Every claim with a published verdict is published." />
      </section>
      <section aria-labelledby="untouched-heading">
        <h2 id="untouched-heading">Articles without claims or evidence</h2>
        <p className="small muted">Read one and found nothing checkable? Mark it so and it leaves this list.</p>
        {queue.untouched.length === 0 ? (
          <p className="muted">Every article has been worked on.</p>
        ) : (
          <ul>
            {queue.untouched.map((a) => (
              <li key={a.id}>
                <Link href={`/desk/articles/${a.id}`}>{a.title}</Link>{" "}
                <span className="small muted">
                  — {a.outlet.name}, {formatDay(a.publishedAt)}
                </span>{" "}
                <MarkDoneButton article={a} />
              </li>
            ))}
          </ul>
        )}
        <p>
          <Link href="/desk/articles/new" className="button secondary">
            Add articles
          </Link>
        </p>
      </section>
    </div>
  );
}
