"use client";

import type { ChangeEvent } from "react";
import { RATING_INFO, RATINGS } from "@/lib/verdicts";
import { AssigneeFilter, EventOutletFilters, FilterSelect, ListSearch, type Setter } from "./list-filters";

export type ClaimFiltersProps = { input: Record<string, string>; set: Setter };

/** The claim list's filters, each one URL key (lib/schemas/desk-list.ts). */
export function ClaimFilters({ input, set }: ClaimFiltersProps) {
  const check = (key: "overdue" | "flagged") => (e: ChangeEvent<HTMLInputElement>) => set({ [key]: e.target.checked ? "1" : undefined });
  return (
    <div className="list-filters">
      <ListSearch key={input.q ?? ""} id="claim-search" label="Search claims" value={input.q} set={set} />
      <div className="row list-filter-row">
        <EventOutletFilters prefix="claim" input={input} set={set} />
        <FilterSelect id="claim-verdict" label="Verdict" value={input.verdict} onChange={(v) => set({ verdict: v })}>
          <option value="">Any verdict</option>
          {(["pending", ...RATINGS] as const).map((r) => (
            <option key={r} value={r}>
              {r === "pending" ? "No published verdict" : RATING_INFO[r].label}
            </option>
          ))}
        </FilterSelect>
        <FilterSelect id="claim-state" label="State" value={input.state} onChange={(v) => set({ state: v })}>
          <option value="">Draft or published</option>
          <option value="draft">Draft</option>
          <option value="published">Published</option>
        </FilterSelect>
        <AssigneeFilter prefix="claim" value={input.assignee} set={set} />
        <FilterSelect id="claim-sort" label="Sort" value={input.sort} onChange={(v) => set({ sort: v })}>
          <option value="">Newest first</option>
          <option value="oldest">Oldest first</option>
          <option value="deadline">Deadline, soonest first</option>
          <option value="outlet">Outlet A–Z</option>
          <option value="source">Source date</option>
        </FilterSelect>
        <div className="list-filter list-checks">
          <label className="choice">
            <input type="checkbox" checked={input.overdue === "1"} onChange={check("overdue")} /> Past deadline
          </label>
          <label className="choice">
            <input type="checkbox" checked={input.flagged === "1"} onChange={check("flagged")} /> Flagged
          </label>
        </div>
      </div>
    </div>
  );
}
