import { describe, expect, it } from "vitest";
import { DisplayNameSchema, NAME_MAX } from "./auth";

const ok = (name: string) => DisplayNameSchema.safeParse(name).success;

describe("DisplayNameSchema (issue 11, item 8)", () => {
  it("takes ordinary names, trimmed", () => {
    expect(DisplayNameSchema.parse("  Zoë O'Brien-Ngũgĩ ")).toBe("Zoë O'Brien-Ngũgĩ");
    expect(ok("李小龙")).toBe(true);
    expect(ok("A".repeat(NAME_MAX))).toBe(true);
  });

  it("refuses what the red team sent: an email and role label, and a million characters", () => {
    expect(ok("admin@hindsight.local (Administrator)")).toBe(false);
    expect(ok("x".repeat(1_000_000))).toBe(false);
  });

  it("refuses role words, labels in brackets, and names without a letter", () => {
    for (const name of ["Admin", "The Administrator", "system", "Eve [editor]", "Eve (staff)", "root", "<b>Eve</b>", "12345", "   "]) {
      expect(ok(name), name).toBe(false);
    }
    expect(ok("Admiral Ackbar")).toBe(true);
  });

  it("refuses control, invisible and direction characters and lone surrogates", () => {
    for (const bad of ["Eve\u0000", "Eve\nAdmin", "Eve\u202Eevil", "E\u200Bve", "Eve\u2028X", "Eve\tX", "Eve\u00A0X", `Eve ${String.fromCharCode(0xd83c)}`]) {
      expect(ok(bad), JSON.stringify(bad)).toBe(false);
    }
  });
});
