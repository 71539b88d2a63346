import type { Span } from "@/lib/spans";

/** The passage the editor selected in an article; `draft` pre-fills the claim form when a claim candidate is edited first. */
export type SelectedSpan = Span & { quote: string; draft?: { statement: string; attributedTo: string; deadline: string | null } };
