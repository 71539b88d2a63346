import Link from "next/link";
import { formatDay } from "@/lib/dates";
import type { DeskQueue } from "@/lib/contracts/desk";
import { LikelyLinks } from "../rumor/likely-links";
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
        {queue.overdueRumors.length} rumors overdue · {queue.pending.length} claims without a verdict · {queue.overdue.length} past their deadline ·{" "}
        {queue.untouched.length} articles not used yet
      </p>
      <OverdueRumors rumors={queue.overdueRumors} />
      <LikelyLinks />
      <section aria-labelledby="overdue-heading">
        <h2 id="overdue-heading">Past their deadline, still pending</h2>
        <ClaimRows claims={queue.overdue} empty="Nothing overdue." />
      </section>
      <section aria-labelledby="pending-heading">
        <h2 id="pending-heading">Claims without a verdict</h2>
        <ClaimRows claims={queue.pending} empty="Every claim has a verdict." />
      </section>
      <section aria-labelledby="untouched-heading">
        <h2 id="untouched-heading">Articles without claims or evidence</h2>
        {queue.untouched.length === 0 ? (
          <p className="muted">Every article has been worked on.</p>
        ) : (
          <ul>
            {queue.untouched.map((a) => (
              <li key={a.id}>
                <Link href={`/desk/articles/${a.id}`}>{a.title}</Link>{" "}
                <span className="small muted">
                  — {a.outlet.name}, {formatDay(a.publishedAt)}
                </span>
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
