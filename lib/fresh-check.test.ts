import { describe, expect, it } from "vitest";
import { freshCheck } from "./fresh-check";

describe("freshCheck", () => {
  it("runs one check at a time; callers that arrive during a run share the next one", async () => {
    let runs = 0;
    let value = 0;
    const gates: (() => void)[] = [];
    const check = freshCheck(
      () =>
        new Promise<number>((resolve) => {
          runs++;
          const seen = value;
          gates.push(() => resolve(seen));
        }),
    );
    const first = check();
    expect(runs).toBe(1);
    // A write commits while the first check is under way; later callers must see it.
    value = 1;
    const second = check();
    const third = check();
    expect(runs).toBe(1);
    gates.shift()!();
    expect(await first).toBe(0);
    await Promise.resolve();
    await new Promise((r) => setTimeout(r, 0));
    expect(runs).toBe(2);
    gates.shift()!();
    expect(await second).toBe(1);
    expect(await third).toBe(1);
  });

  it("starts afresh after a failed run", async () => {
    let fail = true;
    const check = freshCheck(async () => {
      if (fail) throw new Error("down");
      return "up";
    });
    await expect(check()).rejects.toThrow("down");
    fail = false;
    expect(await check()).toBe("up");
  });
});
