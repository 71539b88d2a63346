import { z } from "zod";
import { cleanString } from "./common";

export const ROLES = ["admin", "editor"] as const;
export const PASSWORD_MIN = 12;

const EmailSchema = cleanString("Email", "Email is required.").trim().toLowerCase().max(254).pipe(z.email("Enter a valid email address."));

export const SignInSchema = z.object({
  email: EmailSchema,
  password: cleanString("Password", "Password is required.").min(1, "Password is required.").max(256, "Password is too long."),
});

export const UserCreateSchema = z.object({
  email: EmailSchema,
  name: cleanString("Name").trim().max(120).optional(),
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
