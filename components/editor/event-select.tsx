import { dayOf } from "@/lib/dates";
import type { FieldErrors } from "@/lib/form-errors";
import type { DeskEvent } from "@/lib/contracts/desk";
import { FieldError } from "@/components/ui/field-error";

export type EventSelectProps = { id: string; events: DeskEvent[]; defaultValue: string; noneLabel: string; errors: FieldErrors };

/** The claim forms' event picker; its value is sent as `eventId` ("" = none). */
export function EventSelect({ id, events, defaultValue, noneLabel, errors }: EventSelectProps) {
  return (
    <div className="field">
      <label htmlFor={id}>Event</label>
      <select id={id} name="eventId" defaultValue={defaultValue}>
        <option value="">{noneLabel}</option>
        {/* An archived event is no longer offered, unless it is the current one. */}
        {events
          .filter((e) => !e.archivedAt || e.id === defaultValue)
          .map((e) => (
            <option key={e.id} value={e.id}>
              {e.name} ({dayOf(new Date(e.date))})
            </option>
          ))}
      </select>
      <FieldError errors={errors} name="eventId" />
    </div>
  );
}
