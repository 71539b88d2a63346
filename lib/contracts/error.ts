// The one error body every API answer uses (docs/api.md).
export type ApiErrorBody = { error: { code: string; message: string; fields?: Record<string, string[]>; details?: unknown } };
