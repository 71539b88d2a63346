import "server-only";
import { NewsroomSettingsSchema } from "@/lib/schemas/review";
import { audit } from "@/server/auth/audit";
import { requireAdmin, type Actor } from "@/server/auth/session";
import { db, type Tx } from "@/server/platform/db";
import { AppError, parseInput } from "@/server/platform/errors";

// The newsroom's settings live in the database (one row), not the
// environment: admins change them on the desk, and every change is audited.
// No row reads as the defaults of a new install (review on); the migration
// wrote `off` for installs that already had verdicts, and the demo seed turns
// it off (ADR 0028).

type NewsroomSettings = { reviewBeforePublish: boolean; updatedAt: Date | null; updatedById: string | null };

const DEFAULTS: NewsroomSettings = { reviewBeforePublish: true, updatedAt: null, updatedById: null };

/** The settings as a write sees them (pass its transaction) or a read. */
export async function readSettings(tx: Tx | typeof db = db): Promise<NewsroomSettings> {
  const row = await tx.newsroomSettings.findUnique({ where: { id: 1 }, select: { reviewBeforePublish: true, updatedAt: true, updatedById: true } });
  return row ?? DEFAULTS;
}

/** Whether publishing a verdict needs a second editor's approval. */
export async function reviewRequired(tx: Tx | typeof db = db): Promise<boolean> {
  return (await readSettings(tx)).reviewBeforePublish;
}

/** Admins only (`actor` null: the seed and the CLI). Audited in the same transaction. */
export async function updateSettings(input: unknown, actor?: Actor | null): Promise<NewsroomSettings> {
  const who = actor === undefined ? await requireAdmin() : actor;
  if (who && who.role !== "admin") throw new AppError("forbidden", "Only an admin can change the newsroom's settings.");
  const data = parseInput(NewsroomSettingsSchema, input);
  return db.$transaction(async (tx) => {
    const before = await readSettings(tx);
    const now = new Date();
    const row = { reviewBeforePublish: data.reviewBeforePublish, updatedAt: now, updatedById: who?.id ?? null };
    await tx.newsroomSettings.upsert({ where: { id: 1 }, create: { id: 1, ...row }, update: row });
    await audit(tx, who, {
      action: "settings.update",
      entityType: "settings",
      entityId: "newsroom",
      before: { reviewBeforePublish: before.reviewBeforePublish },
      after: { reviewBeforePublish: data.reviewBeforePublish },
    });
    return row;
  });
}

/** `GET /api/v1/admin/settings`: admins only. */
export async function getSettings(actor?: Actor | null): Promise<NewsroomSettings> {
  if (actor === undefined) await requireAdmin();
  return readSettings();
}
