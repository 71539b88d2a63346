// Progress of an import, shared by the command line (scripts/import.ts) and
// the desk (components/editor/import/): the phases, and how a rate and the
// time left are worked out and written. Pure and browser-safe.

/**
 * What an import does, in order. `upload` only exists for the desk (the
 * browser sending the file, counted in bytes); `indexing` only when the
 * process keeps a suggestion index (the app server, not the CLI).
 */
export type ImportPhase = "upload" | "reading" | "checking" | "writing" | "indexing";

export const PHASE_LABELS: Record<ImportPhase, string> = {
  upload: "Sending the file",
  reading: "Reading and checking",
  checking: "Finding duplicates",
  writing: "Writing",
  indexing: "Indexing for suggestions",
};

/** A progress report: `done` of `total` units (articles; bytes for `upload`). */
export type ImportProgress = { phase: ImportPhase; done: number; total: number };
export type ProgressListener = (progress: ImportProgress) => void;

/** The unit a phase counts, for "1,200 of 20,000 articles". */
export function phaseUnit(phase: ImportPhase): "bytes" | "articles" {
  return phase === "upload" ? "bytes" : "articles";
}

type Sample = { at: number; done: number };

/**
 * Rate and time left from timed samples of one phase. The rate is measured
 * over a sliding window (the last `windowMs`), so a slow start or a pause
 * fades out instead of weighing on the estimate for the whole run; with too
 * little to go on it says nothing rather than guess.
 */
export class ProgressMeter {
  private samples: Sample[];
  constructor(
    /** May grow while a phase runs (several files are read one after another). */
    public total: number,
    /** When the phase started (ms, any fixed origin: Date.now(), performance.now(), a server's elapsed time). */
    readonly startAt = 0,
    private readonly windowMs = 5_000,
  ) {
    this.samples = [{ at: startAt, done: 0 }];
  }

  /** Records that `done` units were finished at time `at`. */
  update(done: number, at: number) {
    const last = this.samples[this.samples.length - 1]!;
    if (at < last.at) return;
    if (at === last.at) last.done = done;
    else this.samples.push({ at, done });
    // Keep one sample older than the window, so the window is always spanned.
    while (this.samples.length > 2 && at - this.samples[1]!.at >= this.windowMs) this.samples.shift();
  }

  get done(): number {
    return this.samples[this.samples.length - 1]!.done;
  }

  /** Milliseconds from the start to the latest update. */
  get elapsedMs(): number {
    return this.samples[this.samples.length - 1]!.at - this.startAt;
  }

  get complete(): boolean {
    return this.done >= this.total;
  }

  /** Units per second over the recent window; null until 100 ms and one unit have passed. */
  rate(): number | null {
    const first = this.samples[0]!;
    const last = this.samples[this.samples.length - 1]!;
    const ms = last.at - first.at;
    const units = last.done - first.done;
    if (ms < 100 || units <= 0) return null;
    return (units * 1000) / ms;
  }

  /** Units per second over the whole phase, for a finished phase's summary. */
  averageRate(): number | null {
    const ms = this.elapsedMs;
    return ms > 0 && this.done > 0 ? (this.done * 1000) / ms : null;
  }

  /** Seconds left at the current rate; 0 when done, null when unknown. */
  secondsLeft(): number | null {
    const left = this.total - this.done;
    if (left <= 0) return 0;
    const rate = this.rate();
    return rate === null ? null : left / rate;
  }
}

const whole = new Intl.NumberFormat("en", { maximumFractionDigits: 0 });

export function formatCount(n: number): string {
  return whole.format(n);
}

/** "12,345 articles/s", "3.2 MiB/s"; "–" when unknown. */
export function formatRate(perSecond: number | null, unit: "articles" | "bytes" = "articles"): string {
  if (perSecond === null || !Number.isFinite(perSecond)) return "–";
  if (unit === "bytes") return `${(perSecond / 2 ** 20).toFixed(1)} MiB/s`;
  if (perSecond < 10) return `${perSecond.toFixed(1)} articles/s`;
  return `${whole.format(perSecond)} articles/s`;
}

/** A duration as a clock: "0:07", "2:05", "1:02:03"; "–:––" when unknown. */
export function formatDuration(seconds: number | null): string {
  if (seconds === null || !Number.isFinite(seconds) || seconds < 0) return "–:––";
  const s = Math.ceil(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = String(s % 60).padStart(2, "0");
  return h > 0 ? `${h}:${String(m).padStart(2, "0")}:${sec}` : `${m}:${sec}`;
}

/** The same duration in words, for screen readers and sentences: "about 2 minutes 5 seconds left". */
export function describeTimeLeft(seconds: number | null): string {
  if (seconds === null || !Number.isFinite(seconds)) return "time left unknown";
  const s = Math.ceil(seconds);
  if (s <= 0) return "done";
  if (s < 60) return `about ${s} second${s === 1 ? "" : "s"} left`;
  const m = Math.floor(s / 60);
  const rest = s % 60;
  return `about ${m} minute${m === 1 ? "" : "s"}${rest ? ` ${rest} second${rest === 1 ? "" : "s"}` : ""} left`;
}

/** How far a phase is, in whole percent (never 100 before it is complete). */
export function percent(done: number, total: number): number {
  if (total <= 0) return 100;
  if (done >= total) return 100;
  return Math.min(99, Math.floor((done * 100) / total));
}

function amount(n: number, unit: "articles" | "bytes"): string {
  return unit === "bytes" ? `${(n / 2 ** 20).toFixed(1)} MiB` : formatCount(n);
}

/**
 * One line for a phase, as the CLI's non-TTY output and the desk show it:
 * "Writing: 12,000/20,000 articles (60%), 8,512 articles/s, 0:01 left".
 */
export function progressSummary(phase: ImportPhase, meter: ProgressMeter): string {
  const unit = phaseUnit(phase);
  const count = `${amount(meter.done, unit)}/${amount(meter.total, unit)}${unit === "articles" ? " articles" : ""}`;
  const head = `${PHASE_LABELS[phase]}: ${count} (${percent(meter.done, meter.total)}%)`;
  if (meter.complete) {
    const average = meter.averageRate();
    return `${head}, ${average === null ? "" : `${formatRate(average, unit)}, `}done in ${formatSeconds(meter.elapsedMs / 1000)}`;
  }
  const rate = meter.rate();
  // Nothing to say about speed yet (the phase has just started).
  if (rate === null) return head;
  return `${head}, ${formatRate(rate, unit)}, ${formatDuration(meter.secondsLeft())} left`;
}

/** An elapsed time for a summary: "0.4 s", "12.0 s", "2:05". */
export function formatSeconds(seconds: number): string {
  return seconds < 60 ? `${seconds.toFixed(1)} s` : formatDuration(seconds);
}

/** A text bar of `width` cells: "██████░░░░". */
export function textBar(done: number, total: number, width = 24): string {
  const filled = total <= 0 ? width : Math.min(width, Math.floor((done / total) * width));
  return "█".repeat(filled) + "░".repeat(width - filled);
}
