import { toNextJsHandler } from "better-auth/next-js";
import { authHandler } from "@/server/auth/auth-handler";

// Better Auth's endpoints: sign-in, sign-out, session, revoke-sessions. Sign-up
// is off (accounts come from an admin); its own origin and rate-limit checks apply.
export const { GET, POST } = toNextJsHandler(authHandler);
