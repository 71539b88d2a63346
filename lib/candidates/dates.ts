import * as chrono from "chrono-node";

// Dates and deadlines a sentence states, read by chrono-node against the
// article's own date (so "Sunday" is the Sunday after publication), plus bare
// years ("in 2028", "by 2030"), which chrono leaves alone.
export type StatedDate = { text: string; start: number; end: number; day: string; precision: "day" | "month" | "year" };

// chrono-node is the costliest step of finding candidates: run it only on sentences that name a
// month, a day, a season, a year, a numeric or ordinal date, or a span from now.
const DATEISH =
  /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|mon(?:day)?|tue(?:s|sday)?|wed(?:nesday)?|thu(?:rs|rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?|today|tonight|tomorrow|yesterday|weekend|spring|summer|autumn|fall|winter|(?:19|20)\d\d|\d{1,2}[/.-]\d{1,2}|\d+(?:st|nd|rd|th)|(?:next|this|last|coming)\s+(?:week|month|year)|in\s+(?:\w+\s+)?(?:days?|weeks?|months?|years?))\b/i;
const YEAR = /\b(?:in|by|until|before|during|from|for|after)\s+((?:19|20)\d\d)\b/g;

const iso = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d)).toISOString().slice(0, 10);
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

export function statedDates(text: string, reference: Date): StatedDate[] {
  if (!DATEISH.test(text)) return [];
  const out: StatedDate[] = [];
  for (const r of chrono.parse(text, { instant: reference, timezone: "UTC" })) {
    const c = r.start;
    // "May" is a month only when chrono is sure; the modal verb is far commoner.
    if (/^may$/i.test(r.text.trim())) continue;
    const precision = c.isCertain("day") || c.isCertain("weekday") ? "day" : c.isCertain("month") ? "month" : c.isCertain("year") ? "year" : null;
    // A time of day or "this week" alone says nothing about a deadline.
    if (!precision) continue;
    let y = c.get("year") ?? reference.getUTCFullYear();
    const m = c.get("month") ?? 1;
    // "by March" in an August article means next March; "back in March" stays put.
    const lead = text.slice(Math.max(0, r.index - 12), r.index);
    if (!c.isCertain("year") && /\b(?:by|until|before|next|till|from)\s+$/i.test(lead) && iso(y, m, c.get("day") ?? 1) < reference.toISOString().slice(0, 10))
      y++;
    // A month or year alone is a deadline at its end: "by March" is met on 31 March.
    const day = precision === "day" ? iso(y, m, c.get("day") ?? 1) : precision === "month" ? iso(y, m, lastDay(y, m)) : iso(y, 12, 31);
    out.push({ text: r.text, start: r.index, end: r.index + r.text.length, day, precision });
  }
  YEAR.lastIndex = 0;
  for (let m = YEAR.exec(text); m; m = YEAR.exec(text)) {
    const start = m.index + m[0].length - 4;
    if (out.some((d) => d.start <= start && start < d.end)) continue;
    out.push({ text: m[0], start: m.index, end: m.index + m[0].length, day: iso(Number(m[1]), 12, 31), precision: "year" });
  }
  return out.sort((a, b) => a.start - b.start);
}
