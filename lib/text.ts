/** The first sentence of a text, shortened to fit a headline. */
export function deriveTitle(body: string, max = 120): string {
  const text = body.trim().replace(/\s+/g, " ");
  const segmenter = new Intl.Segmenter("en", { granularity: "sentence" });
  const first = segmenter.segment(text)[Symbol.iterator]().next().value?.segment.trim() ?? text;
  if (first.length <= max) return first;
  const cut = first.slice(0, max - 1);
  const lastSpace = cut.lastIndexOf(" ");
  return `${(lastSpace > max / 2 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
}

export function slugify(value: string): string {
  return value
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80);
}
