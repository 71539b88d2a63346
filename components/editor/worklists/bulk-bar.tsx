"use client";

import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { deskEvents } from "@/lib/contracts/api/desk";
import { deskWorkflow } from "@/lib/contracts/api/workflow";
import type { BulkReport, DeskClaimRow } from "@/lib/contracts/desk-lists";
import type { BulkActionInput, BulkActionName } from "@/lib/schemas/desk-list";
import { endpointQuery } from "@/lib/query/endpoint-query";

const LABELS: Record<BulkActionName, string> = {
  publish: "Publish",
  unpublish: "Unpublish",
  move_event: "Move to an event",
  link_rumor: "Link to a rumor",
  flag: "Flag",
  unflag: "Remove flag",
  assign: "Assign",
  request_review: "Request review",
};

const NOBODY = "";

export type BulkBarProps = { rows: DeskClaimRow[]; selected: Set<string>; busy: boolean; onRun: (input: BulkActionInput) => void };

/** What to do with the selected claims; the server reports per claim what happened. */
export function BulkBar({ rows, selected, busy, onRun }: BulkBarProps) {
  const [action, setAction] = useState<BulkActionName>("publish");
  const [eventId, setEventId] = useState("");
  const [rumorId, setRumorId] = useState("");
  // Unset: the signed-in editor, the usual "take these" (NOBODY unassigns).
  const [assigneeId, setAssigneeId] = useState<string>();
  const events = useQuery({ ...endpointQuery(deskEvents), enabled: action === "move_event" });
  const workflow = useQuery({ ...endpointQuery(deskWorkflow), enabled: action === "assign" }).data;
  const chosen = rows.filter((r) => selected.has(r.id));
  const rumors = [...new Map(chosen.map((r) => [r.rumorId, r.statement])).entries()];
  if (selected.size === 0) return null;
  const assignee = assigneeId ?? workflow?.me.id ?? NOBODY;
  const run = () =>
    onRun({
      action,
      claimIds: [...selected],
      ...(action === "move_event" ? { eventId: eventId || null } : {}),
      ...(action === "link_rumor" ? { rumorId: rumorId || rumors[0]?.[0] } : {}),
      ...(action === "assign" ? { assigneeId: assignee === NOBODY ? null : assignee } : {}),
    });
  return (
    <section className="card bulk-bar row" aria-label="Bulk actions">
      <strong>{selected.size === 1 ? "1 claim selected" : `${selected.size} claims selected`}</strong>
      <label htmlFor="bulk-action" className="visually-hidden">
        Action
      </label>
      <select id="bulk-action" className="input-narrow" value={action} onChange={(e) => setAction(e.target.value as BulkActionName)}>
        {Object.entries(LABELS).map(([k, label]) => (
          <option key={k} value={k}>
            {label}
          </option>
        ))}
      </select>
      {action === "move_event" && (
        <>
          <label htmlFor="bulk-event" className="visually-hidden">
            Event
          </label>
          <select id="bulk-event" className="input-narrow" value={eventId} onChange={(e) => setEventId(e.target.value)}>
            <option value="">No event</option>
            {events.data?.items.map((e) => (
              <option key={e.id} value={e.id}>
                {e.name}
              </option>
            ))}
          </select>
        </>
      )}
      {action === "link_rumor" && (
        <>
          <label htmlFor="bulk-rumor" className="visually-hidden">
            The rumor to link them to
          </label>
          <select id="bulk-rumor" className="input-narrow" value={rumorId || rumors[0]?.[0]} onChange={(e) => setRumorId(e.target.value)}>
            {rumors.map(([id, statement]) => (
              <option key={id} value={id}>
                The rumor of “{statement}”
              </option>
            ))}
          </select>
        </>
      )}
      {action === "assign" && (
        <>
          <label htmlFor="bulk-assignee" className="visually-hidden">
            Assign to
          </label>
          <select id="bulk-assignee" className="input-narrow" value={assignee} onChange={(e) => setAssigneeId(e.target.value)} disabled={!workflow}>
            <option value={NOBODY}>Nobody (unassign)</option>
            {workflow?.editors.map((e) => (
              <option key={e.id} value={e.id}>
                {e.id === workflow?.me.id ? `${e.name} (me)` : e.name}
              </option>
            ))}
          </select>
        </>
      )}
      <button type="button" disabled={busy || (action === "assign" && !workflow)} onClick={run}>
        {busy ? "Working…" : "Apply"}
      </button>
    </section>
  );
}

/** What happened to each claim, read out when it arrives. */
export function BulkResult({ report, rows }: { report: BulkReport | undefined; rows: DeskClaimRow[] }) {
  const names = new Map(rows.map((r) => [r.id, r.statement]));
  return (
    <div role="status" aria-live="polite" className="bulk-result">
      {report && (
        <div className={`alert ${report.refused ? "alert-error" : "alert-ok"}`} data-testid="bulk-report">
          <p className="flush">
            {LABELS[report.action]}: {report.ok} done{report.refused ? `, ${report.refused} refused` : ""}.
          </p>
          {report.refused > 0 && (
            <ul>
              {report.items
                .filter((i) => i.outcome === "refused")
                .map((i) => (
                  <li key={i.claimId}>
                    <strong>{names.get(i.claimId) ?? i.claimId}</strong>: {i.reason}
                  </li>
                ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
