import { describe, expect, it } from "vitest";
import { dayOf, isPreEvent, parseDateInput, parseDay } from "./dates";

describe("parseDay", () => {
  it("reads calendar days as midnight UTC", () => {
    expect(parseDay("2024-08-11")?.toISOString()).toBe("2024-08-11T00:00:00.000Z");
  });
  it("refuses impossible dates and other formats", () => {
    expect(parseDay("2024-02-30")).toBeNull();
    expect(parseDay("2024-13-01")).toBeNull();
    expect(parseDay("11/08/2024")).toBeNull();
    expect(parseDay("2024-8-11")).toBeNull();
  });
});

describe("parseDateInput", () => {
  it("takes a day or a timestamp with an offset", () => {
    expect(parseDateInput("2024-08-12")?.toISOString()).toBe("2024-08-12T00:00:00.000Z");
    expect(parseDateInput("2024-08-12T09:30:00+02:00")?.toISOString()).toBe("2024-08-12T07:30:00.000Z");
  });
  it("refuses a timestamp without an offset, whose day would depend on the server", () => {
    expect(parseDateInput("2024-08-12T09:30:00")).toBeNull();
  });
  it("refuses impossible timestamps instead of rolling them over", () => {
    for (const value of [
      "2024-02-30T10:00:00Z",
      "2023-02-29T10:00Z",
      "2024-04-31T00:00:00+02:00",
      "2024-08-12T24:00:00Z",
      "2024-08-12T23:60Z",
      "2024-08-12T23:59:60Z",
      "2024-08-12T10:00:00+15:00",
      "2024-08-12T10:00:00-01:60",
    ]) {
      expect(parseDateInput(value), value).toBeNull();
    }
    expect(parseDateInput("2024-02-29T23:59:59.999-12:00")?.toISOString()).toBe("2024-03-01T11:59:59.999Z");
    expect(parseDateInput("2024-08-12T10:00+14:00")?.toISOString()).toBe("2024-08-11T20:00:00.000Z");
  });
});

describe("isPreEvent", () => {
  const event = parseDay("2024-08-11")!;
  it("is true only for articles from an earlier calendar day", () => {
    expect(isPreEvent(parseDay("2024-08-10")!, event)).toBe(true);
    expect(isPreEvent(new Date("2024-08-11T23:00:00Z"), event)).toBe(false);
    expect(isPreEvent(parseDay("2024-08-11")!, event)).toBe(false);
    expect(isPreEvent(parseDay("2024-08-12")!, event)).toBe(false);
  });
  it("compares days, not instants", () => {
    expect(dayOf(new Date("2024-08-10T23:59:59Z"))).toBe("2024-08-10");
  });
});
