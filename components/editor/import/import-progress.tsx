"use client";

import { useRef, useState } from "react";
import {
  PHASE_LABELS,
  ProgressMeter,
  describeTimeLeft,
  formatCount,
  formatDuration,
  formatRate,
  formatSeconds,
  percent,
  phaseUnit,
  type ImportPhase,
} from "@/lib/import/progress";

/** What the desk shows: the server's phases, plus the browser's own check before sending and the end. */
export type ShownPhase = ImportPhase | "local" | "done";

const LABELS: Record<ShownPhase, string> = { ...PHASE_LABELS, local: "Checking the file", done: "Import finished" };

type View = { phase: ShownPhase; done: number; total: number; rate: number | null; secondsLeft: number | null; elapsedMs: number };

// Timed by the browser (performance.now()); the others by the server, from the phase's start.
const BROWSER_TIMED = new Set<ShownPhase>(["local", "upload"]);

/**
 * Progress state for one import: `report(phase, done, total, at)` with `at`
 * in ms on one clock per phase: performance.now() for the browser's own
 * phases, the server's time since the phase started for the others.
 */
export function useImportProgress() {
  const [view, setView] = useState<View | null>(null);
  const meter = useRef<{ phase: ShownPhase; meter: ProgressMeter } | null>(null);

  function report(phase: ShownPhase, done: number, total: number, at: number) {
    if (meter.current?.phase !== phase) meter.current = { phase, meter: new ProgressMeter(total, BROWSER_TIMED.has(phase) ? at : 0) };
    const m = meter.current.meter;
    m.total = total;
    m.update(done, at);
    setView({ phase, done, total, rate: m.complete ? m.averageRate() : m.rate(), secondsLeft: m.secondsLeft(), elapsedMs: m.elapsedMs });
  }

  function finish(articles: number, elapsedMs: number) {
    meter.current = null;
    setView({ phase: "done", done: articles, total: articles, rate: null, secondsLeft: 0, elapsedMs });
  }

  function clear() {
    meter.current = null;
    setView(null);
  }

  return { view, report, finish, clear };
}

function amount(n: number, bytes: boolean) {
  return bytes ? `${(n / 2 ** 20).toFixed(1)} MiB` : formatCount(n);
}

/** A labelled progress bar with count, rate and time left; the numbers are also its aria-valuetext. */
export function ImportProgress({ view, id }: { view: View; id: string }) {
  const bytes = view.phase !== "local" && view.phase !== "done" && phaseUnit(view.phase) === "bytes";
  const pct = percent(view.done, view.total);
  const label = LABELS[view.phase];
  const count =
    view.phase === "done" ? `${formatCount(view.total)} articles` : `${amount(view.done, bytes)} of ${amount(view.total, bytes)}${bytes ? "" : " articles"}`;
  const timing =
    view.phase === "done"
      ? `in ${formatSeconds(view.elapsedMs / 1000)}`
      : view.done >= view.total
        ? `${formatRate(view.rate, bytes ? "bytes" : "articles")}`
        : `${formatRate(view.rate, bytes ? "bytes" : "articles")} · ${formatDuration(view.secondsLeft)} left`;
  const spoken = view.phase === "done" ? `${label}: ${count}` : `${label}: ${count}, ${pct}%, ${describeTimeLeft(view.secondsLeft)}`;
  return (
    <div className="progress" data-phase={view.phase}>
      <p className="flush small" id={`${id}-label`}>
        <strong>{label}</strong>
      </p>
      <div
        role="progressbar"
        aria-label="Import progress"
        aria-describedby={`${id}-label`}
        aria-valuemin={0}
        aria-valuemax={view.total}
        aria-valuenow={Math.min(view.done, view.total)}
        aria-valuetext={spoken}
        className="progress-track"
      >
        {/* Set through the DOM, not markup: the CSP allows no style attributes in HTML, only CSSOM. */}
        <div className="progress-fill" style={{ width: `${view.total > 0 ? pct : 100}%` }} />
      </div>
      <p className="flush small muted progress-numbers" aria-hidden="true">
        {count} ({pct}%) · {timing}
      </p>
    </div>
  );
}
