import { claimStanceHint } from "@/lib/candidates/claim-stance";
import { CLAIM_STANCES, type ClaimStance } from "@/lib/stance";

const STANCE_LABEL: Record<ClaimStance, string> = {
  asserts: "Asserts (it will or did happen)",
  hedges: "Hedges (reports it, unendorsed)",
  denies: "Denies (it will not, or is false)",
};

export type StanceSelectProps = { id: string; quote: string; value?: ClaimStance; defaultValue?: ClaimStance; onChange?: (stance: ClaimStance) => void };

/** The claim's stance toward its rumor, with the hint read from the quote's wording (always editable). */
export function StanceSelect({ id, quote, value, defaultValue, onChange }: StanceSelectProps) {
  const hint = claimStanceHint(quote);
  return (
    <div className="field">
      <label htmlFor={id}>Stance toward the rumor</label>
      <select
        id={id}
        name="stance"
        aria-describedby={`${id}-hint`}
        value={value}
        defaultValue={value === undefined ? (defaultValue ?? hint.stance) : undefined}
        onChange={(e) => onChange?.(e.target.value as ClaimStance)}
      >
        {CLAIM_STANCES.map((s) => (
          <option key={s} value={s}>
            {STANCE_LABEL[s]}
          </option>
        ))}
      </select>
      <p id={`${id}-hint`} className="small muted">
        Detected from the wording: <strong>{hint.stance}</strong>
        {hint.cue ? <> (“{hint.cue}”)</> : null}. Change it if the article reads otherwise.
      </p>
    </div>
  );
}
