import { VerdictBadge } from "@/components/ui/verdict-badge";
import { RATING_ORDER } from "@/lib/scoring";
import { RATING_INFO } from "@/lib/verdicts";

export function MethodologyText() {
  return (
    <article>
      <h1>How we check claims</h1>
      <p>
        Every claim is pinned to the exact words of an article published before the event. After the event, we quote what later reporting says and record a
        verdict with its reasons. Earlier verdicts stay visible in the claim’s history.
      </p>
      <h2>The verdicts</h2>
      <dl>
        {RATING_ORDER.map((r) => (
          <div key={r}>
            <dt>
              <VerdictBadge rating={r} />
            </dt>
            <dd>{RATING_INFO[r].description}</dd>
          </div>
        ))}
      </dl>
      <h2>Outlets’ accuracy</h2>
      <p>
        An outlet’s accuracy is the average over its resolved claims: confirmed counts 1, partly confirmed ½, refuted 0. Pending and unverifiable claims are
        left out. Beside each score we show the number of resolved claims and a 95% Wilson interval: the range the outlet’s true accuracy plausibly lies in,
        given how few or many claims we have checked.
      </p>
      <p>
        The leaderboard ranks outlets by the lower end of that interval, so an outlet with two lucky claims does not rank above one with a long, good record.
      </p>
      <h2>Made or relayed</h2>
      <p>
        A claim the outlet asserts itself (attributed to “the outlet itself”, even when only implied) is its own; a claim it attributes to someone else
        (officials, other media, social-media posts) is relayed. Outlet pages show both.
      </p>
    </article>
  );
}
