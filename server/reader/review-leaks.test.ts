import { beforeAll, describe, expect, it } from "vitest";
import { GET as claimApi } from "@/app/api/v1/claims/[id]/route";
import { GET as rumorApi } from "@/app/api/v1/rumors/[id]/route";
import { seedDemo } from "@/scripts/seed-demo";
import { approveVerdict, requestChanges } from "@/server/claims/review";
import { recordVerdict, setVerdictPublished } from "@/server/claims/verdicts";
import { db } from "@/server/platform/db";
import { updateSettings } from "@/server/workflow/settings";
import { readerPageLoads } from "@/test/reader-pages";

// Verdicts in review, approved, or sent back never reach readers: not on a
// page, a feed or the public API (ADR 0028). Only publishing shows them.

const SECRETS = {
  inReview: "In-review rationale ZX41 that readers must not see.",
  approved: "Approved rationale QV88, not yet published by anyone.",
  sentBack: "Sent-back rationale KW27 with changes requested on it.",
};
let claimId: string;
let rumorId: string;
let approvedId: string;

const versionOf = async () => (await db.rumor.findUniqueOrThrow({ where: { id: rumorId }, select: { version: true } })).version;
const person = (email: string) => db.user.create({ data: { email, name: email, role: "editor" }, select: { id: true, name: true, email: true, role: true } });

async function everythingReadersGet(): Promise<string> {
  const loads = await readerPageLoads();
  const out: unknown[] = [];
  for (const l of loads) out.push(await l.load());
  for (const [handler, id] of [
    [claimApi, claimId],
    [rumorApi, rumorId],
  ] as const) {
    out.push(await (await handler(new Request("http://test/api"), { params: Promise.resolve({ id }) })).text());
  }
  return JSON.stringify(out);
}

beforeAll(async () => {
  await seedDemo();
  await updateSettings({ reviewBeforePublish: true }, null);
  // The busiest published claim: the one the reader page loads open.
  const claim = await db.claim.findFirstOrThrow({
    where: { publishedAt: { not: null } },
    orderBy: [{ rumor: { evidence: { _count: "desc" } } }, { rumor: { verdicts: { _count: "desc" } } }],
    select: { id: true, rumorId: true },
  });
  ({ id: claimId, rumorId } = claim);
  const [alice, bob] = [await person("alice@leaks.test"), await person("bob@leaks.test")];
  const review = async (rationale: string) =>
    recordVerdict(claimId, { rating: "unverifiable", rationale, version: await versionOf(), requestReview: true }, alice);
  await review(SECRETS.inReview);
  approvedId = (await review(SECRETS.approved)).id;
  await approveVerdict(approvedId, { version: await versionOf() }, bob);
  const sentBack = await review(SECRETS.sentBack);
  await requestChanges(sentBack.id, { version: await versionOf(), comment: "Comment KQ19 for the author only." }, bob);
});

describe("verdicts not yet published", () => {
  it("are on no reader page, feed or public API answer, in review, approved or sent back", async () => {
    const seen = await everythingReadersGet();
    for (const secret of [...Object.values(SECRETS), "KQ19", "in_review", "changes_requested", "reviewState"]) expect(seen).not.toContain(secret);
  });

  it("reach readers once published (so the check above can fail)", async () => {
    const alice = await db.user.findUniqueOrThrow({ where: { email: "alice@leaks.test" }, select: { id: true, name: true, email: true, role: true } });
    await setVerdictPublished(approvedId, { version: await versionOf() }, true, alice);
    const seen = await everythingReadersGet();
    expect(seen).toContain(SECRETS.approved);
    expect(seen).not.toContain(SECRETS.inReview);
    expect(seen).not.toContain(SECRETS.sentBack);
  });
});
