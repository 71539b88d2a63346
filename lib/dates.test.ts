import { describe, expect, it } from "vitest";
import { dayOf, eventStart, formatInZone, isIanaTimeZone, isPreEvent, parseDateInput, parseDay } from "./dates";

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
  const event = { date: parseDay("2024-08-11")! };
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

describe("the event's own clock (issue 11)", () => {
  const california = { date: "2024-09-09T00:00:00.000Z", timeZone: "America/Los_Angeles" };

  it("starts an event at its start time in its time zone", () => {
    expect(eventStart(california).toISOString()).toBe("2024-09-09T07:00:00.000Z");
    expect(eventStart({ ...california, startTime: "19:00" }).toISOString()).toBe("2024-09-10T02:00:00.000Z");
    expect(eventStart({ date: "2024-08-11T00:00:00.000Z", timeZone: "Europe/Paris", startTime: "20:30" }).toISOString()).toBe("2024-08-11T18:30:00.000Z");
    // No zone: the start of the day in UTC, as before time zones counted.
    expect(eventStart({ date: "2024-08-11T00:00:00.000Z", timeZone: null }).toISOString()).toBe("2024-08-11T00:00:00.000Z");
    // A spring-forward gap (02:30 does not exist in Los Angeles on 10 March 2024) and a winter day.
    expect(eventStart({ date: "2024-03-10T00:00:00.000Z", timeZone: "America/Los_Angeles", startTime: "03:00" }).toISOString()).toBe(
      "2024-03-10T10:00:00.000Z",
    );
    expect(eventStart({ date: "2024-12-01T00:00:00.000Z", timeZone: "America/Los_Angeles" }).toISOString()).toBe("2024-12-01T08:00:00.000Z");
  });

  it("counts an article of the evening before, California time, as pre-event", () => {
    const article = new Date("2024-09-08T19:30:00-07:00");
    expect(isPreEvent(article, california)).toBe(true);
    expect(isPreEvent(new Date("2024-09-09T00:30:00-07:00"), california)).toBe(false);
    expect(formatInZone(article, california.timeZone)).toBe("8 Sept 2024, 19:30 (America/Los_Angeles)");
  });

  it("treats a day-only article of the event's own day as possibly after the start", () => {
    expect(isPreEvent(parseDay("2024-09-09")!, { ...california, startTime: "20:00" })).toBe(false);
    expect(isPreEvent(parseDay("2024-09-08")!, california)).toBe(true);
    expect(isPreEvent(new Date("2024-09-09T19:59:00-07:00"), { ...california, startTime: "20:00" })).toBe(true);
  });

  it("accepts IANA zone names only", () => {
    for (const tz of ["America/Los_Angeles", "Europe/Paris", "UTC", "Etc/GMT+8", "America/Argentina/Buenos_Aires"]) expect(isIanaTimeZone(tz), tz).toBe(true);
    for (const tz of ["PST", "EST5EDT", "CET", "GMT+1", "Mars/Olympus_Mons", "europe/paris", ""]) expect(isIanaTimeZone(tz), tz).toBe(false);
  });
});
