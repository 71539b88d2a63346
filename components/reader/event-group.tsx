import { formatDay } from "@/lib/dates";
import { ClaimRow } from "./claim-row";
import type { EventGroupData } from "./group-by-event";
import styles from "./reader.module.css";

export type EventGroupProps = { group: EventGroupData };

export function EventGroup({ group }: EventGroupProps) {
  const { event, claims } = group;
  const headingId = event ? `event-${event.slug}` : "event-none";
  const count = `${claims.length} claim${claims.length === 1 ? "" : "s"}`;
  return (
    <section className={styles.group} aria-labelledby={headingId}>
      <h2 id={headingId}>{event ? event.name : "Not tied to an event"}</h2>
      <p className={`${styles.groupMeta} muted small`}>
        {event ? (
          <>
            <time dateTime={event.date}>{formatDay(event.date)}</time>
            {event.place ? ` · ${event.place}` : null} · {count}
          </>
        ) : (
          <>{count} checked against whatever was reported later</>
        )}
      </p>
      {claims.map((claim) => (
        <ClaimRow key={claim.id} claim={claim} />
      ))}
    </section>
  );
}
