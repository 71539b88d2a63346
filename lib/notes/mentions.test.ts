import { describe, expect, it } from "vitest";
import { mentionIds, mentionQuery, noteSegments, noteText, toStoredBody } from "./mentions";

const ann = { id: "u-ann", name: "Ann" };
const annLee = { id: "u-annlee", name: "Ann Lee" };
const bo = { id: "u-bo", name: "Bo (sports)" };

describe("mentions", () => {
  it("turns picked names into id tokens, longest name first, leaving other @words as text", () => {
    expect(toStoredBody("@Ann Lee and @Ann, ask @Bo (sports) — not @Annette or me@example.org", [ann, annLee, bo])).toBe(
      "@{u-annlee} and @{u-ann}, ask @{u-bo} — not @Annette or me@example.org",
    );
    expect(toStoredBody("Nobody picked, @Ann", [])).toBe("Nobody picked, @Ann");
  });

  it("reads ids back once each, and renders names as they are now", () => {
    const body = "@{u-ann} meet @{u-bo}; @{u-ann} again, @{u-gone}";
    expect(mentionIds(body)).toEqual(["u-ann", "u-bo", "u-gone"]);
    expect(noteText(body, [{ id: "u-ann", name: "Ann Renamed" }, bo])).toBe("@Ann Renamed meet @Bo (sports); @Ann Renamed again, @unknown");
    expect(noteSegments("hi @{u-ann}!", [ann])).toEqual([{ text: "hi " }, { mention: ann }, { text: "!" }]);
    expect(toStoredBody(noteText(body, [ann, bo]), [ann, bo])).toBe("@{u-ann} meet @{u-bo}; @{u-ann} again, @unknown");
  });

  it("finds the name being typed before the caret", () => {
    expect(mentionQuery("Ask @An", 7)).toEqual({ start: 4, query: "An" });
    expect(mentionQuery("@", 1)).toEqual({ start: 0, query: "" });
    expect(mentionQuery("mail me@exa", 11)).toBeNull();
    expect(mentionQuery("no mention here", 15)).toBeNull();
  });
});
