import { z } from "zod";

export const ROLES = ["admin", "editor"] as const;
export const PASSWORD_MIN = 12;

const EmailSchema = z.string({ error: "Email is required." }).trim().toLowerCase().max(254).pipe(z.email("Enter a valid email address."));

export const SignInSchema = z.object({
  email: EmailSchema,
  password: z.string({ error: "Password is required." }).min(1, "Password is required.").max(256, "Password is too long."),
});

export const UserCreateSchema = z.object({
  email: EmailSchema,
  name: z.string().trim().max(120).optional(),
  role: z.enum(ROLES, { error: "Role must be admin or editor." }),
  password: z.string().min(PASSWORD_MIN, `Use at least ${PASSWORD_MIN} characters.`).max(256).optional(),
});

export const AccountPatchSchema = z.object({ disabled: z.boolean({ error: "disabled must be true or false." }) });

export const PasswordChangeSchema = z
  .object({
    currentPassword: z.string().min(1, "Enter your current password.").max(256),
    newPassword: z.string().min(PASSWORD_MIN, `Use at least ${PASSWORD_MIN} characters.`).max(256, "Password is too long."),
    confirm: z.string(),
  })
  .refine((v) => v.newPassword === v.confirm, { path: ["confirm"], message: "The two new passwords differ." });
