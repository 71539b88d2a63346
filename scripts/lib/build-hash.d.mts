// Types for build-hash.mjs, so its TypeScript test type-checks under strict.
export declare function listInputFiles(root: string, inputs?: string[]): string[];
export declare function computeBuildHash(root: string, inputs?: string[]): string;
export declare function buildStatus(
  root: string,
  inputs?: string[],
): { needed: true; reason: "no previous build" | "sources changed"; hash: string } | { needed: false; reason: null; hash: string };
export declare function recordBuild(root: string, inputs?: string[]): string;
