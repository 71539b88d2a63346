import { formatDay } from "@/lib/dates";
import type { DeskEvent } from "@/lib/contracts/desk";
import { EventActions } from "./event-actions";

export function EventTable({ events }: { events: DeskEvent[] }) {
  if (events.length === 0) return <p className="muted">No events yet.</p>;
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">Event</th>
          <th scope="col">Date</th>
          <th scope="col">Place</th>
          <th scope="col">Claims</th>
          <th scope="col">Actions</th>
        </tr>
      </thead>
      <tbody>
        {events.map((e) => (
          <tr key={e.id}>
            <td>
              {e.name}
              {e.archivedAt && <span className="small muted"> (archived)</span>}
              {e.description && <div className="small muted">{e.description}</div>}
            </td>
            <td className="small">
              <time dateTime={e.date.slice(0, 10)}>{formatDay(e.date)}</time>
              <div className="muted">
                {e.startTime ? `from ${e.startTime}, ` : "from the start of the day, "}
                {e.timeZone ?? "UTC"}
              </div>
            </td>
            <td className="small">{e.place ?? "—"}</td>
            <td className="small">{e._count.claims}</td>
            <td>
              <EventActions event={e} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
