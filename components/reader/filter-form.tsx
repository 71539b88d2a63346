import { CLAIM_CERTAINTY, CLAIM_CERTAINTY_LABEL } from "@/lib/calibration";
import { CERTAINTY_FILTER_LABEL, RATING_FILTER_LABEL } from "@/lib/filter-labels";
import { RATING_INFO } from "@/lib/verdicts";
import { RATING_ORDER } from "@/lib/scoring";
import type { ClaimFilterInput } from "@/lib/schemas/claim-filter";
import styles from "./dashboard.module.css";

export type FilterFormProps = {
  filter: ClaimFilterInput;
  events: { slug: string; name: string }[];
  outlets: { slug: string; name: string }[];
};

type FilterSelectProps = { name: string; label: string; all: string; value: string | undefined; options: [value: string, label: string][] };

function FilterSelect({ name, label, all, value, options }: FilterSelectProps) {
  return (
    <div>
      <label htmlFor={`f-${name}`}>{label}</label>
      <select id={`f-${name}`} name={name} defaultValue={value ?? ""}>
        <option value="">{all}</option>
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}

/** Filters a figure's link may set that the form has no field for: kept as they are when the form is sent. */
const KEPT = ["stance", "attribution", "origin", "lead", "rumorVerdict", "rumor"] as const;

/** A plain GET form: the view lives in the URL, works without JavaScript, and can be shared. */
export function FilterForm({ filter, events, outlets }: FilterFormProps) {
  return (
    <form method="get" action="/" role="search" aria-label="Filter claims" className={styles.filters}>
      <div className="wide">
        <label htmlFor="f-q">Search claims and quotes</label>
        <input id="f-q" name="q" type="search" defaultValue={filter.q ?? ""} placeholder="e.g. Tom Cruise" />
      </div>
      <FilterSelect name="event" label="Event" all="All events" value={filter.event} options={events.map((e) => [e.slug, e.name])} />
      <FilterSelect name="outlet" label="Outlet" all="All outlets" value={filter.outlet} options={outlets.map((o) => [o.slug, o.name])} />
      <FilterSelect
        name="rating"
        label="Verdict"
        all="Any verdict"
        value={filter.rating}
        options={[...RATING_ORDER.map((r): [string, string] => [r, RATING_INFO[r].label]), ["resolved", RATING_FILTER_LABEL.resolved]]}
      />
      <FilterSelect
        name="certainty"
        label="How sure the source was"
        all="Any certainty tier"
        value={filter.certainty}
        options={[...CLAIM_CERTAINTY.map((c): [string, string] => [c, CLAIM_CERTAINTY_LABEL[c]]), ["known", CERTAINTY_FILTER_LABEL.known]]}
      />
      <FilterSelect
        name="void"
        label="Void rumors"
        all="Included"
        value={filter.void}
        options={[
          ["no", "Left out"],
          ["yes", "Only void rumors"],
        ]}
      />
      <div>
        <label htmlFor="f-from">Published from</label>
        <input id="f-from" name="from" type="date" defaultValue={filter.from ?? ""} />
      </div>
      <div>
        <label htmlFor="f-to">Published until</label>
        <input id="f-to" name="to" type="date" defaultValue={filter.to ?? ""} />
      </div>
      {KEPT.map((k) => (filter[k] ? <input key={k} type="hidden" name={k} value={filter[k]} /> : null))}
      <div className="actions">
        <button type="submit">Show claims</button>
        <a href="/">Clear filters</a>
      </div>
    </form>
  );
}
