import { z } from "zod";
import { cleanString } from "./common";

export const ROLES = ["admin", "editor"] as const;
export const PASSWORD_MIN = 12;

const EmailSchema = cleanString("Email", "Email is required.").trim().toLowerCase().max(254).pipe(z.email("Enter a valid email address."));

export const SignInSchema = z.object({
  email: EmailSchema,
  password: cleanString("Password", "Password is required.").min(1, "Password is required.").max(256, "Password is too long."),
});

export const NAME_MAX = 80;
// Words that name a role or the system in the app: nobody may wear them as a name.
const ROLE_WORDS = /(^|[^\p{L}\p{N}])(admin|administrator|system|root|superuser|moderator|sysadmin)(?=$|[^\p{L}\p{N}])/iu;

/**
 * A display name is a label someone chose, shown beside their work: one
 * short line of visible text that cannot pass for an email address or a role
 * label (the audit trail names people by their email, never by this).
 */
export const DisplayNameSchema = z
  .string()
  .trim()
  .min(1, "Enter a name.")
  .max(NAME_MAX, `Use at most ${NAME_MAX} characters.`)
  .refine((v) => !/[\p{C}\p{Zl}\p{Zp}]/u.test(v) && !/[^\S ]/u.test(v), "Use visible characters only (no control, invisible or direction characters).")
  .refine((v) => !v.includes("@"), "A name cannot look like an email address.")
  .refine((v) => !/[()[\]{}<>]/.test(v) && !ROLE_WORDS.test(v), "A name cannot look like a role (admin, system, …) or carry a label in brackets.")
  .refine((v) => /\p{L}/u.test(v), "A name needs at least one letter.");

export const UserCreateSchema = z.object({
  email: EmailSchema,
  name: DisplayNameSchema.optional(),
  role: z.enum(ROLES, { error: "Role must be admin or editor." }),
  password: cleanString("Password").min(PASSWORD_MIN, `Use at least ${PASSWORD_MIN} characters.`).max(256).optional(),
});

export const AccountPatchSchema = z.object({ disabled: z.boolean({ error: "disabled must be true or false." }) });

export const PasswordChangeSchema = z
  .object({
    currentPassword: cleanString("The current password").min(1, "Enter your current password.").max(256),
    newPassword: cleanString("The new password").min(PASSWORD_MIN, `Use at least ${PASSWORD_MIN} characters.`).max(256, "Password is too long."),
    confirm: cleanString("The confirmation"),
  })
  .refine((v) => v.newPassword === v.confirm, { path: ["confirm"], message: "The two new passwords differ." });
