// What the app accepts as text. Spans are offsets into the exact stored text
// (lib/spans.ts), so a text the database would rewrite (a lone UTF-16
// surrogate becomes U+FFFD, PostgreSQL refuses NUL) is refused instead.

const LONE_SURROGATE = /\p{Cs}/u;
// Control characters other than tab, line feed and carriage return.
const CONTROL = /[^\P{Cc}\t\n\r]/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
// Something that shows: not only spaces, format characters (zero-width, bidi
// controls) or combining marks with nothing to combine with.
const VISIBLE = /[\p{L}\p{N}\p{P}\p{S}]/u;

const codePoint = (char: string) => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`;

/** Why a text cannot be stored as sent, as the end of a sentence starting with the field's name; null when it can. */
export function textProblem(value: string): string | null {
  const lone = LONE_SURROGATE.exec(value);
  if (lone) {
    return `contains a broken character (a lone UTF-16 surrogate, ${codePoint(lone[0])}, at position ${lone.index}); send well-formed Unicode text.`;
  }
  const control = CONTROL.exec(value);
  if (control) {
    return `contains a control character (${codePoint(control[0])} at position ${control.index}); only tabs and line breaks are allowed.`;
  }
  return null;
}

export const hasLetterOrDigit = (value: string) => LETTER_OR_DIGIT.test(value);
export const hasVisibleCharacter = (value: string) => VISIBLE.test(value);

/**
 * The first string (or object key) in a parsed JSON value that is not
 * well-formed Unicode, with its path ("" for the value itself); null when
 * there is none.
 * Iterative: a request body may nest deeper than the call stack goes.
 */
export function findIllFormed(value: unknown): { path: string; text: string } | null {
  // Paths are built only for the one found: deep nesting would make every one long.
  type Place = { key: string; parent: Place | null } | null;
  const pathOf = (place: Place) => {
    const keys: string[] = [];
    for (let p = place; p; p = p.parent) keys.push(p.key.replace(/\p{Cs}/gu, "\uFFFD"));
    return keys.reverse().join(".");
  };
  const stack: [unknown, Place][] = [[value, null]];
  while (stack.length > 0) {
    const [node, place] = stack.pop()!;
    if (typeof node === "string") {
      if (LONE_SURROGATE.test(node)) return { path: pathOf(place), text: node };
      continue;
    }
    if (typeof node !== "object" || node === null) continue;
    const entries = Array.isArray(node) ? node.map((v, i) => [String(i), v] as const) : Object.entries(node);
    const badKey = entries.find(([key]) => LONE_SURROGATE.test(key));
    if (badKey) return { path: pathOf({ key: badKey[0], parent: place }), text: badKey[0] };
    // Reversed, so the first problem in document order is found first.
    for (let i = entries.length - 1; i >= 0; i--) stack.push([entries[i]![1], { key: entries[i]![0], parent: place }]);
  }
  return null;
}
