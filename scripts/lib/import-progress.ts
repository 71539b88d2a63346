// The command line's import progress: one bar per phase on stderr (stdout
// stays the list of imported articles, for pipes). On a terminal the bar
// redraws in place ten times a second; elsewhere (CI logs, pipes, files) it
// prints a plain line when a phase starts, every few seconds while it runs,
// and when it ends. Drawing is cli-progress's (docs/decisions/0017-import-progress-and-bulk-writes.md);
// rate, time left and wording are lib/import/progress.ts, shared with the desk.
import { SingleBar } from "cli-progress";
import {
  PHASE_LABELS,
  ProgressMeter,
  formatCount,
  formatDuration,
  formatRate,
  formatSeconds,
  percent,
  phaseUnit,
  progressSummary,
  textBar,
  type ImportPhase,
  type ImportProgress,
} from "../../lib/import/progress";

export type CliProgressOptions = {
  /** Seconds between lines when the stream is not a terminal. */
  intervalMs?: number;
  /** Clock, for tests. */
  now?: () => number;
};

export type CliProgress = {
  update: (progress: ImportProgress) => void;
  /** Ends the current bar (leaving its final line); call before printing anything else. */
  stop: () => void;
};

const LABEL_WIDTH = Math.max(...Object.values(PHASE_LABELS).map((l) => l.length));

/** The redrawn terminal line: "Writing      ██████░░░░  12,000/20,000   60%   8,512 articles/s   0:01 left". */
export function terminalLine(phase: ImportPhase, meter: ProgressMeter): string {
  const unit = phaseUnit(phase);
  const label = PHASE_LABELS[phase].padEnd(LABEL_WIDTH);
  const count =
    unit === "bytes"
      ? `${(meter.done / 2 ** 20).toFixed(1)}/${(meter.total / 2 ** 20).toFixed(1)} MiB`
      : `${formatCount(meter.done)}/${formatCount(meter.total)}`;
  const pct = `${percent(meter.done, meter.total)}%`.padStart(4);
  const tail = meter.complete
    ? `${formatRate(meter.averageRate(), unit)}  done in ${formatSeconds(meter.elapsedMs / 1000)}`
    : `${formatRate(meter.rate(), unit)}  ${formatDuration(meter.secondsLeft())} left`;
  return `${label} ${textBar(meter.done, meter.total, 24)} ${count} ${pct}  ${tail}`;
}

export function cliProgress(stream: NodeJS.WriteStream = process.stderr, options: CliProgressOptions = {}): CliProgress {
  const { intervalMs = 5_000, now = () => performance.now() } = options;
  const tty = stream.isTTY === true;
  let phase: ImportPhase | null = null;
  let meter: ProgressMeter | null = null;
  let bar: SingleBar | null = null;

  const stop = () => {
    if (!bar || !meter) return;
    bar.update(meter.done);
    bar.stop();
    bar = null;
  };

  const update = (progress: ImportProgress) => {
    const at = now();
    if (progress.phase !== phase) {
      stop();
      phase = progress.phase;
      meter = null;
    }
    // A phase with nothing to do (every article a duplicate: no writing) draws nothing.
    if (!meter && progress.total === 0) return;
    // A repeat of a finished phase's last report.
    if (!bar && meter && progress.done <= meter.done && progress.total <= meter.total) return;
    if (!bar || !meter) {
      const current = progress.phase;
      const phaseMeter = new ProgressMeter(progress.total, at);
      meter = phaseMeter;
      bar = new SingleBar({
        stream,
        format: () => (tty ? terminalLine(current, phaseMeter) : progressSummary(current, phaseMeter)),
        fps: 10,
        // Off a terminal: a line every intervalMs instead of redrawing.
        noTTYOutput: true,
        notTTYSchedule: intervalMs,
        hideCursor: tty,
        // On a terminal the finished bar stays; elsewhere stop() would only add a blank line.
        clearOnComplete: !tty,
        gracefulExit: true,
      });
      bar.start(progress.total, 0);
    }
    meter.total = Math.max(meter.total, progress.total);
    meter.update(progress.done, at);
    bar.setTotal(meter.total);
    bar.update(progress.done);
    // Draw the final line now, not at the next phase's first report, so it is
    // drawn once and its time is the phase's own.
    if (meter.complete) stop();
  };

  return { update, stop };
}
