/** "1 claim", "2 claims", "1,200 articles": a count with its noun in the right number. */
export const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString("en")} ${n === 1 ? one : many}`;
