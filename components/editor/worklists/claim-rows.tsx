"use client";

import Link from "next/link";
import type { MouseEvent } from "react";
import type { DeskClaimRow } from "@/lib/contracts/desk-lists";
import { formatDay } from "@/lib/dates";
import { VerdictBadge } from "@/components/ui/verdict-badge";

export type ClaimRowsProps = {
  id: string;
  rows: DeskClaimRow[];
  selected: Set<string>;
  active: number;
  allSelected: boolean;
  onToggle: (index: number, range: boolean) => void;
  onToggleAll: () => void;
};

/** The claims of one page with a checkbox each (shift-click selects a range) and one for the whole page. */
export function ClaimRows({ id, rows, selected, active, allSelected, onToggle, onToggleAll }: ClaimRowsProps) {
  // The click (not the change) carries the shift key; the box then shows the selection's state.
  const click = (index: number) => (e: MouseEvent<HTMLInputElement>) => onToggle(index, e.shiftKey);
  return (
    <div className="table-scroll">
      <table id={id} className="work-list">
        <thead>
          <tr>
            <th scope="col" className="select-cell">
              <input type="checkbox" aria-label="Select every claim on this page" checked={allSelected} onChange={onToggleAll} />
            </th>
            <th scope="col">Claim</th>
            <th scope="col">Event</th>
            <th scope="col">Outlet</th>
            <th scope="col">Assigned to</th>
            <th scope="col">State</th>
            <th scope="col">Verdict</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((c, i) => (
            <tr
              key={c.id}
              data-row-index={i}
              className={[i === active ? "active-row" : "", selected.has(c.id) ? "selected-row" : ""].join(" ").trim() || undefined}
            >
              <td className="select-cell">
                <input type="checkbox" aria-label={`Select: ${c.statement}`} checked={selected.has(c.id)} onClick={click(i)} onChange={() => undefined} />
              </td>
              <td>
                <Link href={`/desk/claims/${c.id}`}>{c.statement}</Link>
                <div className="small muted">
                  Attributed to {c.attributedTo} · {c.evidenceCount} evidence
                  {c.flaggedAt && <span className="flag-mark"> · ⚑ Flagged</span>}
                </div>
              </td>
              <td className="small">
                {c.event?.name ?? "—"}
                {c.deadline && (
                  <div className={c.overdue ? "overdue" : "muted"}>
                    Deadline {formatDay(c.deadline)}
                    {c.overdue ? " (past)" : ""}
                  </div>
                )}
                {!c.deadline && c.overdue && <div className="overdue">Past the event day</div>}
              </td>
              <td className="small">{c.outlet.name}</td>
              <td className="small">{c.assignee?.name ?? <span className="muted">Nobody</span>}</td>
              <td className="small">{c.publishedAt ? "Published" : "Draft"}</td>
              <td>
                <VerdictBadge rating={c.rating} describe={false} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
