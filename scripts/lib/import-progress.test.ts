import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { ProgressMeter } from "../../lib/import/progress";
import { cliProgress, terminalLine } from "./import-progress";

function fakeStream(tty: boolean) {
  const writes: string[] = [];
  const stream = { isTTY: tty, columns: 120, write: (chunk: string) => (writes.push(String(chunk)), true) } as unknown as NodeJS.WriteStream;
  return { stream, text: () => writes.join("") };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe("the CLI's progress off a terminal (CI, pipes)", () => {
  it("prints a plain line when a phase starts, every interval while it runs, and once when it ends", () => {
    const { stream, text } = fakeStream(false);
    const progress = cliProgress(stream, { intervalMs: 5_000, now: () => Date.now() });
    progress.update({ phase: "reading", done: 0, total: 20_000 });
    progress.update({ phase: "reading", done: 20_000, total: 20_000 });
    vi.advanceTimersByTime(1_000);
    progress.update({ phase: "writing", done: 0, total: 20_000 });
    // 2,000 articles a second for ten seconds; a line is due every five.
    for (let s = 1; s <= 10; s++) {
      vi.advanceTimersByTime(1_000);
      progress.update({ phase: "writing", done: s * 2_000, total: 20_000 });
    }
    progress.stop();
    const lines = text().split("\n");
    expect(text()).not.toMatch(/[\r\u001b]/); // no carriage returns, no escape codes
    expect(lines.at(-1)).toBe("");
    expect(lines.slice(0, -1)).toEqual([
      "Reading and checking: 0/20,000 articles (0%)",
      "Reading and checking: 20,000/20,000 articles (100%), done in 0.0 s",
      "Writing: 0/20,000 articles (0%)",
      "Writing: 8,000/20,000 articles (40%), 2,000 articles/s, 0:06 left",
      "Writing: 18,000/20,000 articles (90%), 2,000 articles/s, 0:01 left",
      "Writing: 20,000/20,000 articles (100%), 2,000 articles/s, done in 10.0 s",
    ]);
  });

  it("prints nothing for a phase with nothing to do, and stops cleanly twice", () => {
    const { stream, text } = fakeStream(false);
    const progress = cliProgress(stream, { now: () => Date.now() });
    progress.update({ phase: "writing", done: 0, total: 0 });
    progress.stop();
    progress.stop();
    expect(text()).toBe("");
  });
});

describe("the CLI's progress on a terminal", () => {
  it("redraws one line in place and leaves the finished bar", () => {
    const { stream, text } = fakeStream(true);
    const progress = cliProgress(stream, { now: () => Date.now() });
    progress.update({ phase: "writing", done: 0, total: 1_000 });
    vi.advanceTimersByTime(1_000);
    progress.update({ phase: "writing", done: 500, total: 1_000 });
    vi.advanceTimersByTime(200);
    progress.update({ phase: "writing", done: 1_000, total: 1_000 });
    const out = text();
    expect(out).toContain("\u001b[?25l"); // cursor hidden while drawing…
    expect(out).toContain("\u001b[?25h"); // …and shown again
    expect(out).toMatch(/Writing +█{12}░{12} 500\/1,000 +50%/);
    expect(out).toMatch(/Writing +█{24} 1,000\/1,000 100% {2}833 articles\/s {2}done in 1\.2 s/);
    expect(out.endsWith("\n")).toBe(true);
  });

  it("formats the line with count, percent, rate and time left", () => {
    const meter = new ProgressMeter(20_000, 0);
    meter.update(5_000, 1_000);
    expect(terminalLine("checking", meter)).toBe(`Finding duplicates       ${"█".repeat(6)}${"░".repeat(18)} 5,000/20,000  25%  5,000 articles/s  0:03 left`);
  });
});
