import type { Locator, Page } from "@playwright/test";
import { selectText } from "./select-text";

// Counts what an editor does with their hands (issue 14, "Measured"): every
// click — a mouse selection of a quote is one press, a keyboard shortcut
// counts as one too — and every text field typed into. Navigation the test
// makes to put someone at their starting page is not counted; everything
// after it goes through these wrappers.

type Step = { who: string; kind: "click" | "key" | "select" | "type"; what: string };

export class ActionCount {
  readonly steps: Step[] = [];
  private readonly fields = new Set<string>();

  /** Clicks, keyboard shortcuts and selections (one press each). */
  get clicks(): number {
    return this.steps.filter((s) => s.kind !== "type").length;
  }

  /** Distinct text fields typed into. */
  get typed(): number {
    return this.fields.size;
  }

  /** The actions of one person on one page. */
  as(who: string, page: Page) {
    const note = (kind: Step["kind"], what: string) => this.steps.push({ who, kind, what });
    return {
      click: async (target: Locator, what: string) => {
        note("click", what);
        await target.click();
      },
      /** A keyboard shortcut (not typing into a field). */
      key: async (key: string, what: string) => {
        note("key", `${what} (${key})`);
        await page.keyboard.press(key);
      },
      /** A mouse selection of `quote` in `container`: one press, dragged. */
      select: async (container: Locator, quote: string, what: string) => {
        note("select", what);
        await selectText(page, container, quote);
      },
      /** Types `text` into a field (however many keys, one typed field). */
      type: async (field: Locator, text: string, what: string) => {
        note("type", what);
        this.fields.add(`${who}:${what}`);
        await field.fill(text);
      },
    };
  }

  /** One line per step, for the test's report and docs/performance.md. */
  report(): string {
    return this.steps.map((s, i) => `${i + 1}. ${s.who}: ${s.kind} — ${s.what}`).join("\n");
  }
}
