// Mentions in a note: stored as `@{userId}` so a renamed colleague still
// matches, shown and typed as `@Name`. The browser writes the tokens from the
// names it offered in the autocomplete; the server reads the ids back.

const TOKEN = /@\{([A-Za-z0-9_-]{1,64})\}/g;

export type MentionRef = { id: string; name: string };
export type NoteSegment = { text: string } | { mention: MentionRef };

/** The distinct user ids a stored body mentions, in order of first mention. */
export function mentionIds(body: string): string[] {
  return [...new Set([...body.matchAll(TOKEN)].map((m) => m[1]!))];
}

/** The stored body as text and mention pieces; an unknown id shows as "@unknown". */
export function noteSegments(body: string, people: MentionRef[]): NoteSegment[] {
  const byId = new Map(people.map((p) => [p.id, p]));
  const out: NoteSegment[] = [];
  let last = 0;
  for (const m of body.matchAll(TOKEN)) {
    if (m.index > last) out.push({ text: body.slice(last, m.index) });
    out.push({ mention: byId.get(m[1]!) ?? { id: m[1]!, name: "unknown" } });
    last = m.index + m[0].length;
  }
  if (last < body.length) out.push({ text: body.slice(last) });
  return out;
}

/** The stored body as plain text with names (digests, excerpts, the edit box). */
export function noteText(body: string, people: MentionRef[]): string {
  return noteSegments(body, people)
    .map((s) => ("text" in s ? s.text : `@${s.mention.name}`))
    .join("");
}

/**
 * Typed text to the stored form: every `@Name` of a person picked in the
 * autocomplete (longest names first, so "@Ann Lee" wins over "@Ann") becomes
 * their token. Other `@` words stay text.
 */
export function toStoredBody(text: string, picked: MentionRef[]): string {
  const names = [...new Map(picked.map((p) => [p.name, p])).values()].sort((a, b) => b.name.length - a.name.length);
  if (names.length === 0) return text;
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const pattern = new RegExp(`@(${names.map((p) => escape(p.name)).join("|")})(?![\\p{L}\\p{N}])`, "gu");
  const byName = new Map(names.map((p) => [p.name, p.id]));
  return text.replace(pattern, (_, name: string) => `@{${byName.get(name)}}`);
}

/** The `@query` being typed just before the caret, for the autocomplete; null when none. */
export function mentionQuery(text: string, caret: number): { start: number; query: string } | null {
  const m = /(^|\s)@([\p{L}\p{N}._-][\p{L}\p{N}._ -]{0,30})?$/u.exec(text.slice(0, caret));
  if (!m) return null;
  const query = m[2] ?? "";
  return { start: caret - query.length - 1, query };
}
