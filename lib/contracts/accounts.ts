// Accounts and personal API tokens, as the admin and token pages show them.
import type { ROLES } from "@/lib/schemas/auth";

type Role = (typeof ROLES)[number];

export type AccountRow = { id: string; email: string; name: string; role: Role; disabledAt: string | null; lockedUntil: string | null; createdAt: string };
export type AccountCreated = { user: AccountRow; password?: string };
export type AccountPatched = { id: string; disabled: boolean };

export type TokenRow = { id: string; name: string; prefix: string; createdAt: string; lastUsedAt: string | null };
/** The token itself is in this answer once and never again. */
export type TokenCreated = Omit<TokenRow, "lastUsedAt"> & { token: string };
