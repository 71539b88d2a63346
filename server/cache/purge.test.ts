import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/server/platform/db";
import { env } from "@/server/platform/env";
import { claimWorld } from "@/test/fixtures";
import { purgesSettled, purgeTargets, sendPurge } from "./purge";
import { readerChanged } from "./reader-cache";

// The purge hook of ADR 0026, against a real HTTP server on loopback standing
// in for a CDN's purge API and for nginx.
type Call = { method: string; url: string; headers: IncomingMessage["headers"]; body: string };
const calls: Call[] = [];
const server = createServer((request, response) => {
  let body = "";
  request.on("data", (chunk) => (body += chunk));
  request.on("end", () => {
    calls.push({ method: request.method!, url: request.url!, headers: request.headers, body });
    response.writeHead(request.url === "/fail" ? 500 : 200).end();
  });
});
let base = "";
beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("purgeTargets", () => {
  it("names the claim, its rumor, event and outlet pages and every list, from the claim or from its rumor", async () => {
    const { claimId, eventId } = await claimWorld();
    const claim = await db.claim.findUniqueOrThrow({ where: { id: claimId }, select: { rumorId: true, event: true, outlet: true } });
    const event = claim.event!.slug;
    const outlet = claim.outlet.slug;
    for (const change of [{ claimIds: [claimId] }, { rumorIds: [claim.rumorId] }]) {
      const { tags, paths } = await purgeTargets(change);
      expect(tags.sort()).toEqual(["lists", `claim:${claimId}`, `rumor:${claim.rumorId}`, `event:${event}`, `outlet:${outlet}`].sort());
      expect(paths).toEqual(
        expect.arrayContaining([
          "/",
          "/events",
          "/outlets",
          "/feed.xml",
          "/api/v1/claims",
          `/claims/${claimId}`,
          `/api/v1/claims/${claimId}`,
          `/events/${event}`,
          `/outlets/${outlet}`,
          `/claims/${claimId}/feed.xml`,
          `/rumors/${claim.rumorId}/feed.xml`,
          `/events/${event}/feed.xml`,
          `/outlets/${outlet}/feed.xml`,
        ]),
      );
    }
    expect((await purgeTargets({ eventIds: [eventId] })).tags).toEqual(["lists", `event:${event}`]);
    // A deleted claim is not found any more, yet its copies must go.
    expect((await purgeTargets({ claimIds: ["gone"] })).paths).toContain("/claims/gone");
  });
});

describe("sendPurge", () => {
  it("sends the tags once to a tag API and each path to a {path} URL, and survives a failing cache", async () => {
    calls.length = 0;
    await sendPurge({ tags: ["lists", "claim:c1"], paths: ["/", "/claims/c1"] }, [
      `${base}/purge`,
      `${base}/{path}`,
      `${base}/fail`,
      "http://127.0.0.1:1/unreachable",
    ]);
    const byUrl = Object.fromEntries(calls.map((c) => [c.url, c]));
    expect(Object.keys(byUrl).sort()).toEqual(["/", "/claims/c1", "/fail", "/purge"]);
    expect(byUrl["/purge"]!.method).toBe("POST");
    expect(byUrl["/purge"]!.headers["surrogate-key"]).toBe("lists claim:c1");
    expect(byUrl["/purge"]!.headers["cache-tag"]).toBe("lists,claim:c1");
    expect(JSON.parse(byUrl["/purge"]!.body)).toEqual({ tags: ["lists", "claim:c1"], paths: ["/", "/claims/c1"] });
  });

  it("runs after every reader change once HINDSIGHT_PURGE_URLS is set, batching changes made together", async () => {
    const saved = env.HINDSIGHT_PURGE_URLS;
    const settable = env as { HINDSIGHT_PURGE_URLS: string[] };
    try {
      calls.length = 0;
      settable.HINDSIGHT_PURGE_URLS = [`${base}/purge`];
      const { claimId } = await claimWorld(); // its own writes report changes too
      await new Promise((r) => setTimeout(r, 50));
      await purgesSettled();
      calls.length = 0;
      readerChanged({ claimIds: [claimId] });
      readerChanged({ eventIds: [] });
      await new Promise((r) => setTimeout(r, 50));
      await purgesSettled();
      expect(calls).toHaveLength(1);
      // A change that names nothing purges every copy.
      expect(calls[0]!.headers["surrogate-key"]).toBe("hindsight");
      calls.length = 0;
      readerChanged({ claimIds: [claimId] });
      await new Promise((r) => setTimeout(r, 50));
      await purgesSettled();
      expect(calls.map((c) => c.headers["surrogate-key"])).toEqual([expect.stringContaining(`claim:${claimId}`)]);
    } finally {
      settable.HINDSIGHT_PURGE_URLS = saved;
    }
  });
});
