// Sentence boundaries come from the platform's ICU segmenter (Intl.Segmenter);
// it splits after abbreviations ("Aug.", "Dr.", "U.S."), so those breaks are
// merged back here. Paragraph breaks always end a sentence.
export type Sentence = { start: number; end: number; text: string };

const ABBREVIATION =
  /(?:\b(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|Col|Lt|Sgt|St|Jr|Sr|Inc|Corp|Co|Ltd|vs|No|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Mon|Tue|Tues|Wed|Thu|Thurs|Fri|Sat|Sun|approx|est|etc)|\b[A-Z](?:\.[A-Z])*)\.\s*$/;

let segmenter: Intl.Segmenter | null = null;

function splitParagraph(text: string, offset: number, out: Sentence[]) {
  segmenter ??= new Intl.Segmenter("en", { granularity: "sentence" });
  let pending: { start: number; end: number } | null = null;
  for (const seg of segmenter.segment(text)) {
    const start = offset + seg.index;
    const end = start + seg.segment.length;
    if (pending) {
      const prev = text.slice(pending.start - offset, pending.end - offset);
      const next = seg.segment.trimStart();
      if (ABBREVIATION.test(prev) || /^[a-z0-9,;:)]/.test(next)) {
        pending.end = end;
        continue;
      }
      pushSplit(text, offset, pending, out);
    }
    pending = { start, end };
  }
  if (pending) pushSplit(text, offset, pending, out);
}

// ICU does not break before a word that opens in lower case or with a digit, but news opens
// sentences with names that do: "… look like. 9to5Mac reports …", "… this year. iPhone sales …".
const NAME_OPENING = /(?<=\p{Ll}{2}[.!?]["”’)]?)\s+(?=(?:\d+\p{L}|\p{Ll}+\p{Lu})[\p{L}\d.]*)/gu;

function pushSplit(text: string, offset: number, span: { start: number; end: number }, out: Sentence[]) {
  const raw = text.slice(span.start - offset, span.end - offset);
  let from = 0;
  for (const m of raw.matchAll(NAME_OPENING)) {
    // "Sgt. 1st Class", "Oct. 13th": an abbreviation's full stop ends nothing.
    if (ABBREVIATION.test(raw.slice(0, m.index))) continue;
    out.push(trimmed(text, offset, { start: span.start + from, end: span.start + m.index }));
    from = m.index;
  }
  out.push(trimmed(text, offset, { start: span.start + from, end: span.end }));
}

function trimmed(text: string, offset: number, span: { start: number; end: number }): Sentence {
  const raw = text.slice(span.start - offset, span.end - offset);
  const lead = raw.length - raw.trimStart().length;
  const body = raw.trim();
  return { start: span.start + lead, end: span.start + lead + body.length, text: body };
}

/** Sentences with UTF-16 offsets into `text` (the same units as quote spans). */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  const para = /[^\n]+/g;
  for (let m = para.exec(text); m; m = para.exec(text)) {
    if (m[0].trim()) splitParagraph(m[0], m.index, out);
  }
  return out.filter((s) => s.text.length > 0);
}
