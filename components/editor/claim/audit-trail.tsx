import type { DeskClaim } from "@/lib/contracts/desk";

export type AuditTrailProps = { events: DeskClaim["audit"] };

const show = (value: unknown) => (value == null ? "" : JSON.stringify(value, null, 2));

/** Every change to the claim and its evidence and verdicts, refused attempts included. Editors only. */
export function AuditTrail({ events }: AuditTrailProps) {
  return (
    <section aria-labelledby="audit-heading">
      <details>
        <summary>
          <h2 id="audit-heading" className="inline-heading">
            Audit trail ({events.length})
          </h2>
        </summary>
        <ol className="stack small" data-testid="audit-trail">
          {events.map((e) => (
            <li key={e.id} data-outcome={e.outcome}>
              <time dateTime={e.at}>{e.at.replace("T", " ").slice(0, 19)} UTC</time> ·{" "}
              <strong title={e.actorId ? `Account ${e.actorId}` : undefined}>{e.actorEmail ?? "system"}</strong> · {e.action}
              {e.outcome === "refused" && <strong> — refused (stale version)</strong>}
              {(e.before != null || e.after != null) && (
                <details>
                  <summary>Before / after</summary>
                  <div className="grid-2">
                    <pre>{show(e.before)}</pre>
                    <pre>{show(e.after)}</pre>
                  </div>
                </details>
              )}
            </li>
          ))}
        </ol>
      </details>
    </section>
  );
}
