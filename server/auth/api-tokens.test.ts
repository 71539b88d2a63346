import { describe, expect, it } from "vitest";
import { recordQueries } from "@/test/queries";

// Imported after the query recorder, which must be in place before the database client loads.
const { db } = await import("@/server/platform/db");
const { actorForToken, createApiToken, LAST_USED_EVERY_MS, listApiTokens, revokeApiToken } = await import("./api-tokens");

async function editorWithToken() {
  const user = await db.user.create({
    data: { email: `tok-${Date.now()}-${Math.random()}@test.local`, name: "Token user", role: "editor" },
    select: { id: true },
  });
  const made = await createApiToken(user.id, { name: "script" });
  return { userId: user.id, ...made };
}

const lastUsed = async (id: string) => (await db.apiToken.findUniqueOrThrow({ where: { id }, select: { lastUsedAt: true } })).lastUsedAt;
const writes = (queries: { query: string }[]) => queries.filter((q) => /^\s*UPDATE/i.test(q.query));

describe("actorForToken", () => {
  it("records a token's first use, then at most once a minute (no write per request)", async () => {
    const t = await editorWithToken();
    expect(await lastUsed(t.id)).toBeNull();

    const first = await recordQueries(() => actorForToken(t.token));
    expect(first.result).toMatchObject({ id: t.userId, role: "editor" });
    expect(writes(first.queries)).toHaveLength(1);
    const recorded = await lastUsed(t.id);
    expect(recorded).not.toBeNull();

    // Used again at once: the same editor, nothing written, the recorded time kept.
    const again = await recordQueries(() => actorForToken(t.token));
    expect(again.result).toMatchObject({ id: t.userId });
    expect(writes(again.queries)).toHaveLength(0);
    expect(await lastUsed(t.id)).toEqual(recorded);

    // Once the recorded use is older than the interval, the next use moves it.
    const stale = new Date(Date.now() - LAST_USED_EVERY_MS - 1000);
    await db.apiToken.update({ where: { id: t.id }, data: { lastUsedAt: stale } });
    const later = await recordQueries(() => actorForToken(t.token));
    expect(writes(later.queries)).toHaveLength(1);
    const moved = await lastUsed(t.id);
    expect(moved!.getTime()).toBeGreaterThan(stale.getTime() + LAST_USED_EVERY_MS);
    expect((await listApiTokens(t.userId))[0]!.lastUsedAt).toEqual(moved);
  });

  it("refuses unknown and revoked tokens without recording anything", async () => {
    const t = await editorWithToken();
    expect(await actorForToken("hst_not-a-real-token")).toBeNull();
    expect(await actorForToken("not-even-the-prefix")).toBeNull();
    await revokeApiToken(t.id, null);
    expect(await actorForToken(t.token)).toBeNull();
    expect(await lastUsed(t.id)).toBeNull();
  });
});
