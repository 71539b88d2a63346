import { describe, expect, it } from "vitest";
import { listArticles } from "./api/articles";
import { getClaim } from "./api/claims";
import { deskArticle, deskClaim } from "./api/desk";
import { suggestions } from "./api/suggest";
import { pathOf, queryKeyOf, searchOf } from "./endpoint";

describe("pathOf", () => {
  it("fills each parameter URI-encoded, so an id cannot reach another path", () => {
    expect(pathOf("/api/v1/claims/[id]/verdicts", { id: "a b/../c?x" })).toBe("/api/v1/claims/a%20b%2F..%2Fc%3Fx/verdicts");
    expect(pathOf("/api/v1/articles", undefined)).toBe("/api/v1/articles");
  });

  it("refuses a path whose parameter is missing", () => {
    expect(() => pathOf("/api/v1/claims/[id]", {})).toThrow("the parameter “id” is missing");
    expect(() => pathOf("/api/v1/claims/[id]", undefined)).toThrow("the parameter “id” is missing");
  });
});

describe("searchOf", () => {
  it("is empty without input or without values", () => {
    expect(searchOf(undefined)).toBe("");
    expect(searchOf(null)).toBe("");
    expect(searchOf({})).toBe("");
    expect(searchOf({ q: undefined, cursor: null })).toBe("");
  });

  it("encodes the values and leaves out undefined and null ones", () => {
    expect(searchOf({ q: "Seine & Paris", rating: undefined, limit: 20, cursor: null, capped: false })).toBe("?q=Seine+%26+Paris&limit=20&capped=false");
  });
});

describe("queryKeyOf", () => {
  it("keys a resource by its path's segments, the desk's reads sharing the public prefix", () => {
    expect(queryKeyOf(deskClaim.path, { id: "claim-1" })).toEqual(["claims", "claim-1"]);
    expect(queryKeyOf(getClaim.path, { id: "claim-1" })).toEqual(["claims", "claim-1"]);
    expect(queryKeyOf(deskArticle.path, { id: "art-1" })).toEqual(["articles", "art-1"]);
  });

  it("makes the desk claim's key a prefix of its suggestions' key, so invalidating the claim refreshes them", () => {
    const claim = queryKeyOf(deskClaim.path, { id: "claim-1" });
    const claimSuggestions = queryKeyOf(suggestions.path, { id: "claim-1" }, { limit: 5 });

    expect(claimSuggestions).toEqual(["claims", "claim-1", "suggestions", { limit: 5 }]);
    expect(claimSuggestions.slice(0, claim.length)).toEqual(claim);
    expect(queryKeyOf(suggestions.path, { id: "claim-2" }).slice(0, claim.length)).not.toEqual(claim);
  });

  it("appends the input only when there is one, under the list's own prefix", () => {
    expect(queryKeyOf(listArticles.path)).toEqual(["articles"]);
    expect(queryKeyOf(listArticles.path, undefined, { q: "seine" })).toEqual(["articles", { q: "seine" }]);
  });

  it("keeps a parameter's placeholder when no value is given", () => {
    expect(queryKeyOf(deskClaim.path)).toEqual(["claims", "[id]"]);
  });
});
