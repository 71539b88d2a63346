// Whether a claim is the outlet's own assertion or one it relayed from
// someone else. The seed (and editors) write "The outlet itself" for the
// article's own assertions, "The outlet itself (implied)" where it only hints;
// any other attribution ("French media", "Paris organizers", …) is relayed.
const OWN = /^\s*the outlet itself\s*(\(implied\))?\s*\.?\s*$/i;

export type Attribution = "own" | "relayed";

export function attributionKind(attributedTo: string): Attribution {
  return OWN.test(attributedTo) ? "own" : "relayed";
}
