import { afterEach, describe, expect, it, vi } from "vitest";
import { createClaim, deleteClaim, exportClaims, getClaim, listClaims, recordVerdict, removeEvidence, updateClaim } from "@/lib/contracts/api/claims";
import { apiError, json, stubFetch } from "@/test/fetch-stub";
import { ApiError } from "./api";
import { call, urlOf } from "./call";

afterEach(() => vi.unstubAllGlobals());

/**
 * The error `send` fails with. call() checks its input before it builds the
 * request's promise, so an invalid input throws at once rather than rejecting.
 */
async function failureOf(send: () => Promise<unknown>): Promise<unknown> {
  try {
    await send();
  } catch (error) {
    return error;
  }
  throw new Error("Expected the call to fail.");
}

const CLAIM_INPUT = { articleId: "art-1", start: 0, end: 4, quote: "Rain", statement: "  It will rain  ", attributedTo: "Forecasters" };

describe("call", () => {
  it("fills the path's parameters URI-encoded and sends a GET without a body", async () => {
    const requests = stubFetch(() => json({ id: "a/b c" }));

    await expect(call(getClaim, { params: { id: "a/b c" } })).resolves.toEqual({ id: "a/b c" });
    expect(requests).toMatchObject([{ method: "GET", url: "/api/v1/claims/a%2Fb%20c", body: undefined }]);
    expect(requests[0]!.headers.get("accept")).toBe("application/json");
    expect(requests[0]!.headers.get("content-type")).toBeNull();
  });

  it("sends a GET's checked input as the query string", async () => {
    const requests = stubFetch(() => json({ items: [] }));

    // Blank values are dropped and the limit is coerced by the endpoint's schema before sending.
    await call(listClaims, { input: { q: "  Seine & Paris ", rating: "", limit: "20" } });
    expect(requests[0]!.url).toBe("/api/v1/claims?q=Seine+%26+Paris&limit=20");
  });

  it("sends a DELETE's input as the query string and answers undefined for 204", async () => {
    const requests = stubFetch(() => new Response(null, { status: 204 }));

    await expect(call(removeEvidence, { params: { id: "ev-1" }, input: { version: 3 } })).resolves.toBeUndefined();
    await expect(call(deleteClaim, { params: { id: "claim-1" } })).resolves.toBeUndefined();
    expect(requests).toMatchObject([
      { method: "DELETE", url: "/api/v1/evidence/ev-1?version=3", body: undefined },
      { method: "DELETE", url: "/api/v1/claims/claim-1", body: undefined },
    ]);
  });

  it("sends POST and PATCH input as a JSON body, as the schema parsed it", async () => {
    const requests = stubFetch(() => json({ id: "claim-1", version: 2 }, 201));

    await expect(call(createClaim, { input: CLAIM_INPUT })).resolves.toEqual({ id: "claim-1", version: 2 });
    await call(updateClaim, { params: { id: "claim-1" }, input: { statement: "It will pour", version: 2 } });
    expect(requests).toMatchObject([
      { method: "POST", url: "/api/v1/claims", body: { ...CLAIM_INPUT, statement: "It will rain" } },
      { method: "PATCH", url: "/api/v1/claims/claim-1", body: { statement: "It will pour", version: 2 } },
    ]);
    expect(requests[0]!.headers.get("content-type")).toBe("application/json");
  });

  it("throws an ApiError with the schema's field messages and sends nothing when the input is invalid", async () => {
    const requests = stubFetch();

    const error = await failureOf(() => call(recordVerdict, { params: { id: "claim-1" }, input: { rating: "refuted", rationale: "Too short", version: 1 } }));
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 422, message: "Explain the verdict in a sentence or more.", body: { code: "invalid" } });
    expect((error as ApiError).fields).toEqual({ rationale: ["Explain the verdict in a sentence or more."] });
    expect(() => urlOf(listClaims, { input: { rating: "maybe" } })).toThrow(ApiError);
    expect(requests).toHaveLength(0);
  });

  it("maps the API's error body onto the ApiError", async () => {
    stubFetch(() => apiError(409, "conflict", "The claim was changed meanwhile.", { version: ["Stale."] }));

    const error = await failureOf(() => call(deleteClaim, { params: { id: "claim-1" } }));
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 409, message: "The claim was changed meanwhile.", body: { code: "conflict" } });
    expect((error as ApiError).fields).toEqual({ version: ["Stale."] });
  });

  it("names the status when an error answer has no JSON body", async () => {
    stubFetch(() => new Response("<h1>Bad gateway</h1>", { status: 502, headers: { "content-type": "text/html" } }));

    const error = await failureOf(() => call(getClaim, { params: { id: "claim-1" } }));
    expect(error).toMatchObject({ status: 502, message: "The server answered 502.", body: { code: "http_502" } });
    expect((error as ApiError).fields).toEqual({});
  });
});

describe("urlOf", () => {
  it("builds a GET endpoint's URL with its checked query, for links and downloads", () => {
    expect(urlOf(exportClaims, { input: { q: "rain", format: "csv", outlet: "" } })).toBe("/api/v1/claims/export?q=rain&format=csv");
  });
});
