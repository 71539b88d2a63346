export const SOURCE: string;
export const TARGET: string;
export function toPostgres(source: string): string;
