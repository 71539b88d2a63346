// Better Auth's endpoints that the desk calls (server/auth/auth.ts mounts
// them under /api/auth). Their answers are Better Auth's own (`{ message }`
// on failure), so the forms read the status themselves rather than `call()`.
import { SignInSchema } from "@/lib/schemas/auth";
import { endpoint } from "../endpoint";

export const signIn = endpoint<unknown>()({ method: "POST", path: "/api/auth/sign-in/email", input: SignInSchema });
export const signOut = endpoint<unknown>()({ method: "POST", path: "/api/auth/sign-out" });
/** Ends every session of the signed-in account. */
export const revokeSessions = endpoint<unknown>()({ method: "POST", path: "/api/auth/revoke-sessions" });
/** The form checks PasswordChangeSchema; the body is `{ currentPassword, newPassword, revokeOtherSessions: true }`. */
export const changePassword = endpoint<unknown>()({ method: "POST", path: "/api/auth/change-password" });
