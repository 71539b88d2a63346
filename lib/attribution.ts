// Whether a claim is the outlet's own assertion or one it relayed from
// someone else. Editors (and the seed) attribute an article's own assertions
// to "The outlet itself", marked "(implied)" where it only hints, and may add
// what it rests on ("…, from sightings"): the outlet still makes the claim.
// Any other attribution ("French media", "Paris organizers", a social-media
// account) means the outlet relayed someone else's claim.
const OWN = /^\s*the outlet itself\b/i;

export type Attribution = "own" | "relayed";

export function attributionKind(attributedTo: string): Attribution {
  return OWN.test(attributedTo) ? "own" : "relayed";
}
