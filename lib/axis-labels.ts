// Rows for the date labels under a timeline axis (components/reader/date-axis.tsx):
// labels of days close together used to be drawn on top of each other. Each
// label goes into the first row where it keeps a gap from the one before it,
// so no two overlap however the days crowd; the chart grows a row instead.

/** Width of a label of `chars` characters at `fontSize`, generously (digits and capitals of a sans-serif font). */
export function labelWidth(chars: number, fontSize: number): number {
  return Math.ceil(chars * fontSize * 0.62) + 4;
}

/** For labels centred at `xs` (in any order) with these widths: the row of each, 0 first. */
export function labelRows(xs: readonly number[], widths: readonly number[], gap = 8): number[] {
  const order = xs.map((_, i) => i).sort((a, b) => xs[a]! - xs[b]!);
  const rowEnds: number[] = [];
  const rows = new Array<number>(xs.length).fill(0);
  for (const i of order) {
    const start = xs[i]! - widths[i]! / 2;
    let row = rowEnds.findIndex((end) => end + gap <= start);
    if (row < 0) row = rowEnds.push(0) - 1;
    rowEnds[row] = start + widths[i]!;
    rows[i] = row;
  }
  return rows;
}
