import { LIMITS } from "@/lib/schemas/common";

// Rounds up, so a file one byte over a 5 MiB limit reads as 5.1 MiB, not 5 MiB.
function formatBytes(bytes: number): string {
  const up = (n: number) => String(Math.ceil(n * 10) / 10);
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${up(bytes / 1024)} KiB`;
  return `${up(bytes / (1024 * 1024))} MiB`;
}

/** The same words in the browser's check and the server's 413. */
export function tooLargeMessage(what: string, bytes?: number, limit: number = LIMITS.uploadBytes): string {
  const size = bytes === undefined ? "too large" : formatBytes(bytes);
  return `${what} is ${size}; the limit is ${formatBytes(limit)}. Split it into smaller files.`;
}
