// Types for database-url.mjs (plain JavaScript so that .mjs scripts can import it too).
export declare const DEFAULT_DATABASE_URL: string;
export declare function isPostgresUrl(url: string): boolean;
export declare function sqliteFile(url: string, root?: string): string | null;
