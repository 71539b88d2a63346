/** The k entries with the highest value, best first, without sorting them all. */
export function topK<K>(entries: Iterable<[K, number]>, k: number): [K, number][] {
  const out: [K, number][] = [];
  for (const e of entries) {
    if (out.length === k && e[1] <= out[k - 1]![1]) continue;
    let i = out.length === k ? k - 1 : out.length;
    out[i] = e;
    while (i > 0 && out[i - 1]![1] < e[1]) {
      out[i] = out[i - 1]!;
      i--;
    }
    out[i] = e;
  }
  return out;
}
