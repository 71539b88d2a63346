import { RATING_INFO } from "@/lib/verdicts";
import { RATING_ORDER } from "@/lib/scoring";
import type { ClaimFilterInput } from "@/lib/schemas/claim-filter";
import styles from "./dashboard.module.css";

export type FilterFormProps = {
  filter: ClaimFilterInput;
  events: { slug: string; name: string }[];
  outlets: { slug: string; name: string }[];
};

/** A plain GET form: the view lives in the URL, works without JavaScript, and can be shared. */
export function FilterForm({ filter, events, outlets }: FilterFormProps) {
  return (
    <form method="get" action="/" role="search" aria-label="Filter claims" className={styles.filters}>
      <div className="wide">
        <label htmlFor="f-q">Search claims and quotes</label>
        <input id="f-q" name="q" type="search" defaultValue={filter.q ?? ""} placeholder="e.g. Tom Cruise" />
      </div>
      <div>
        <label htmlFor="f-event">Event</label>
        <select id="f-event" name="event" defaultValue={filter.event ?? ""}>
          <option value="">All events</option>
          {events.map((e) => (
            <option key={e.slug} value={e.slug}>
              {e.name}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="f-outlet">Outlet</label>
        <select id="f-outlet" name="outlet" defaultValue={filter.outlet ?? ""}>
          <option value="">All outlets</option>
          {outlets.map((o) => (
            <option key={o.slug} value={o.slug}>
              {o.name}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="f-rating">Verdict</label>
        <select id="f-rating" name="rating" defaultValue={filter.rating ?? ""}>
          <option value="">Any verdict</option>
          {RATING_ORDER.map((r) => (
            <option key={r} value={r}>
              {RATING_INFO[r].label}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="f-from">Published from</label>
        <input id="f-from" name="from" type="date" defaultValue={filter.from ?? ""} />
      </div>
      <div>
        <label htmlFor="f-to">Published until</label>
        <input id="f-to" name="to" type="date" defaultValue={filter.to ?? ""} />
      </div>
      <div className="actions">
        <button type="submit">Show claims</button>
        <a href="/">Clear filters</a>
      </div>
    </form>
  );
}
