import { describe, expect, it } from "vitest";
import { describeTimeLeft, formatCount, formatDuration, formatRate, formatSeconds, percent, ProgressMeter, progressSummary, textBar } from "./progress";

describe("ProgressMeter", () => {
  it("measures the rate over the recent window and the time left from it", () => {
    const meter = new ProgressMeter(21_000, 1_000);
    expect(meter.rate()).toBeNull();
    expect(meter.secondsLeft()).toBeNull();
    meter.update(1_000, 2_000); // 1,000 in the first second
    expect(meter.rate()).toBe(1_000);
    expect(meter.secondsLeft()).toBe(20);
    // Then much faster: 4,000 a second for five seconds.
    for (let s = 1; s <= 5; s++) meter.update(1_000 + 4_000 * s, 2_000 + 1_000 * s);
    // The slow first second has left the 5 s window.
    expect(meter.rate()).toBe(4_000);
    expect(meter.done).toBe(21_000);
    expect(meter.complete).toBe(true);
    expect(meter.secondsLeft()).toBe(0);
    expect(meter.elapsedMs).toBe(6_000);
    expect(meter.averageRate()).toBe(3_500);
  });

  it("says nothing about speed before 100 ms or before the first unit", () => {
    const meter = new ProgressMeter(100, 0);
    meter.update(5, 50);
    expect(meter.rate()).toBeNull();
    const idle = new ProgressMeter(100, 0);
    idle.update(0, 5_000);
    expect(idle.rate()).toBeNull();
    expect(idle.secondsLeft()).toBeNull();
  });

  it("ignores samples from the past and merges samples at the same moment", () => {
    const meter = new ProgressMeter(100, 0);
    meter.update(10, 1_000);
    meter.update(5, 500);
    expect(meter.done).toBe(10);
    meter.update(20, 1_000);
    expect(meter.rate()).toBe(20);
  });

  it("takes a total that grows while the phase runs", () => {
    const meter = new ProgressMeter(100, 0);
    meter.update(100, 1_000);
    expect(meter.complete).toBe(true);
    meter.total = 300;
    expect(meter.complete).toBe(false);
    expect(meter.secondsLeft()).toBe(2);
  });
});

describe("formatting", () => {
  it("writes rates by their size", () => {
    expect(formatRate(null)).toBe("–");
    expect(formatRate(Infinity)).toBe("–");
    expect(formatRate(2.345)).toBe("2.3 articles/s");
    expect(formatRate(12_345.6)).toBe("12,346 articles/s");
    expect(formatRate(3 * 2 ** 20, "bytes")).toBe("3.0 MiB/s");
  });

  it("writes durations as a clock, rounding up", () => {
    expect(formatDuration(null)).toBe("–:––");
    expect(formatDuration(-1)).toBe("–:––");
    expect(formatDuration(0)).toBe("0:00");
    expect(formatDuration(0.2)).toBe("0:01");
    expect(formatDuration(59.5)).toBe("1:00");
    expect(formatDuration(125)).toBe("2:05");
    expect(formatDuration(3_723)).toBe("1:02:03");
    expect(formatSeconds(0.42)).toBe("0.4 s");
    expect(formatSeconds(75)).toBe("1:15");
  });

  it("says the time left in words for screen readers", () => {
    expect(describeTimeLeft(null)).toBe("time left unknown");
    expect(describeTimeLeft(0)).toBe("done");
    expect(describeTimeLeft(1)).toBe("about 1 second left");
    expect(describeTimeLeft(42.1)).toBe("about 43 seconds left");
    expect(describeTimeLeft(60)).toBe("about 1 minute left");
    expect(describeTimeLeft(125)).toBe("about 2 minutes 5 seconds left");
  });

  it("never shows 100% before the end", () => {
    expect(percent(0, 0)).toBe(100);
    expect(percent(19_999, 20_000)).toBe(99);
    expect(percent(20_000, 20_000)).toBe(100);
    expect(percent(1, 3)).toBe(33);
    expect(formatCount(20_000)).toBe("20,000");
  });

  it("draws a bar of a fixed width", () => {
    expect(textBar(0, 10, 10)).toBe("░".repeat(10));
    expect(textBar(5, 10, 10)).toBe("█".repeat(5) + "░".repeat(5));
    expect(textBar(10, 10, 10)).toBe("█".repeat(10));
    expect(textBar(0, 0, 4)).toBe("████");
  });

  it("sums a phase up in one line: nothing about speed at first, a rate and time left while running, the total time at the end", () => {
    const meter = new ProgressMeter(20_000, 0);
    expect(progressSummary("writing", meter)).toBe("Writing: 0/20,000 articles (0%)");
    meter.update(12_000, 2_000);
    expect(progressSummary("writing", meter)).toBe("Writing: 12,000/20,000 articles (60%), 6,000 articles/s, 0:02 left");
    meter.update(20_000, 3_000);
    expect(progressSummary("writing", meter)).toBe("Writing: 20,000/20,000 articles (100%), 6,667 articles/s, done in 3.0 s");
    const upload = new ProgressMeter(4 * 2 ** 20, 0);
    upload.update(2 ** 20, 500);
    expect(progressSummary("upload", upload)).toBe("Sending the file: 1.0 MiB/4.0 MiB (25%), 2.0 MiB/s, 0:02 left");
  });
});
