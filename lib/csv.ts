// RFC 4180 CSV. Cells that a spreadsheet would read as a formula (= + - @,
// tab, CR) get a leading apostrophe, the OWASP advice against CSV injection:
// quotes from articles are untrusted text.
export function csvCell(value: unknown): string {
  let s = value === null || value === undefined ? "" : String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(header: string[], rows: unknown[][]): string {
  return [header, ...rows].map((row) => row.map(csvCell).join(",")).join("\r\n") + "\r\n";
}
