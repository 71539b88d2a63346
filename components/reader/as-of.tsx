import type { Route } from "next";
import Link from "next/link";
import type { AsOfRecord } from "@/lib/contracts/reader";
import { formatDay } from "@/lib/dates";
import { BrierLine } from "./calibration-chart";
import { AccuracyLine, CountsTable } from "./track-parts";

/** The date picker of a page that can show its record as it stood on a day (`?asOf=`), a plain GET form. */
export function AsOfForm({ path, day, label = "Show the record as it stood on " }: { path: string; day: string | null; label?: string }) {
  return (
    <form method="get" action={path} className="no-print small">
      <label htmlFor="as-of">{label}</label>
      <input id="as-of" type="date" name="asOf" defaultValue={day ?? ""} required /> <button type="submit">Show</button>
      {day ? (
        <>
          {" "}
          <Link href={path as Route}>Back to today</Link>
        </>
      ) : null}
    </form>
  );
}

/** The record as it stood at the end of a day (lib/track-history.ts): its figures are not linked, since lists show claims as they stand today. */
export function AsOfSection({ asOf }: { asOf: AsOfRecord }) {
  return (
    <section aria-labelledby="as-of-heading" data-testid="as-of">
      <h2 id="as-of-heading">As it stood on {formatDay(asOf.day)}</h2>
      <p className="small muted">
        {asOf.total} claim{asOf.total === 1 ? "" : "s"} published by the end of that day (UTC), each rated by the verdicts published by then; rumors void on
        that day left out, whether voided for good or brought back since, and rumors voided later counted as they were then. These figures are not linked: the
        claim lists show each claim as it stands today.
      </p>
      <AccuracyLine accuracy={asOf.accuracy} />
      <CountsTable counts={asOf.counts} caption={`Claims per verdict on ${asOf.day}`} />
      <BrierLine calibration={asOf.calibration} />
    </section>
  );
}
