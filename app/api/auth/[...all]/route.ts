import { toNextJsHandler } from "better-auth/next-js";
import { auth } from "@/server/auth/auth";

// Better Auth's endpoints: sign-in, sign-out, session, revoke-sessions. Sign-up
// is off (accounts come from an admin); its own origin and rate-limit checks apply.
export const { GET, POST } = toNextJsHandler(auth);
