import { VerdictBadge } from "@/components/ui/verdict-badge";
import type { TierProbabilities } from "@/lib/calibration";
import { CERTAINTY, CERTAINTY_LABEL } from "@/lib/candidates/tier";
import { RATING_ORDER } from "@/lib/scoring";
import { RATING_INFO } from "@/lib/verdicts";

export type MethodologyTextProps = { probabilities: TierProbabilities };

export function MethodologyText({ probabilities }: MethodologyTextProps) {
  return (
    <article>
      <h1>How we check claims</h1>
      <p>
        Every claim is pinned to the exact words of an article published before the event. After the event, we quote what later reporting says and record a
        verdict with its reasons. Earlier verdicts stay visible in the history.
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
      <h2 id="rumors">Rumors and their appearances</h2>
      <p>
        A <strong>rumor</strong> is one happening that articles make claims about, in our words: “Tom Cruise will perform a stunt at the closing ceremony”. Each
        article that printed it is a <strong>claim</strong>, pinned to that article’s exact words. The rumor carries the evidence and the verdict; every claim
        inherits it. The dashboard counts rumors and claims apart: one rumor relayed by twelve outlets is one rumor and twelve claims.
      </p>
      <h2 id="stance">Stance: asserted, hedged, denied</h2>
      <p>
        Each claim has a stance toward its rumor. It <strong>asserts</strong> it (says it will happen, or did), <strong>hedges</strong> it (reports it without
        vouching for it: “reportedly”, “rumors say”, “may”), or <strong>denies</strong> it (says it will not happen, or is false). A claim is rated through its
        stance: asserting or hedging a confirmed rumor is confirmed; denying a refuted rumor is confirmed too, and denying a confirmed one is refuted. A partly
        confirmed rumor partly vindicates a denial as well, and an unverifiable one stays unverifiable. When one article’s wording differs from the rumor (it
        added a wrong detail), an editor may judge that claim on its own; its page says so.
      </p>
      <h2 id="outlet-scores">Outlets’ accuracy</h2>
      <p>
        An outlet’s accuracy is the weighted average over its resolved claims, each rated through its stance: confirmed counts 1, partly confirmed ½, refuted 0.
        Pending and unverifiable claims are left out.
      </p>
      <p>
        <strong>A hedged claim weighs half as much as an asserted or denied one.</strong> An outlet that wrote “may be taking on” passed the rumor on without
        vouching for it, so when the rumor proves wrong it loses half of what an outlet that asserted it loses; when the rumor proves right it earns half the
        credit. Hedging everything cannot buy a better score: the score stays the same, the sample behind it shrinks, the interval widens and the rank drops.
        Example: nine rumors right and one wrong is 90% when all ten were asserted, and 95% (9 of 9½) when the wrong one was only hedged.
      </p>
      <p>
        Beside each score we show the number of resolved claims (and, when hedges make it differ, their weight) and a 95% Wilson interval, computed with the
        weight as the sample size: the range the outlet’s true accuracy plausibly lies in, given how few or many claims we have checked. The leaderboard ranks
        outlets by the lower end of that interval, so an outlet with two lucky claims does not rank above one with a long, good record.
      </p>
      <h2 id="relayed">Own reporting or relayed</h2>
      <p>
        A claim the outlet makes itself (attributed to “the outlet itself”, even when only implied) is its own; a claim it attributes to someone else
        (officials, other media, social-media posts) is relayed, and when we know which outlet it relayed, we name it. Outlet pages score both apart, so you can
        see how often an outlet’s relays were right.
      </p>
      <h2 id="origins">Who printed it first</h2>
      <p>
        A rumor’s origin is its first published appearance among the articles we track (the earliest article, the earlier-recorded one on a tie). Outlet pages
        count the rumors an outlet printed first and score them apart; its other claims followed someone else’s report. Rumor pages list every appearance on one
        timeline up to the event, with who printed it first, who followed, who relayed, who hedged and who denied it.
      </p>
      <h2 id="resolution">How a rumor is resolved</h2>
      <p>
        When a rumor is recorded the desk writes down what would count as <em>confirmed</em> and what as <em>refuted</em>; readers see both next to the verdict.
        If the criteria are changed after evidence has been attached, the rumor says so, with the date, and the change is kept in the audit log. The verdict
        shows two dates: when the thing happened (or was shown not to) — the <em>outcome date</em>, taken from the evidence — and when the desk decided.
      </p>
      <h2 id="void">Void rumors</h2>
      <p>
        When an event is cancelled or changed beyond recognition, the rumors still open about it have nothing left to come true. The desk marks them{" "}
        <strong>void</strong>, with the reason, which readers see on the rumor and its claims. A void rumor is neither refuted nor unverifiable: it is left out
        of every figure on this site — accuracy, calibration, Brier score, lead time, counts per verdict. A void can be undone (say the event is rescheduled),
        and the rumor is open again.
      </p>
      <h2 id="certainty">How sure the source was</h2>
      <p>
        Every claim carries a certainty tier, detected from its wording and attribution and checked by an editor: <em>officially announced</em>,{" "}
        <em>reported by named sources</em>, <em>reported by unnamed sources</em>, <em>rumored or speculative</em>, or <em>sighting only</em>. Claims recorded
        before tiers were kept and not classified since show “tier not recorded” and count in no tier’s figures.
      </p>
      <h2 id="calibration">Calibration and the Brier score</h2>
      <p>
        Calibration asks whether an outlet’s confidence meant something: of its claims in each tier, how many came true? For each tier we give the number of
        published claims, how many are resolved, the share that came true (a claim confirmed through its stance counts 1, partly confirmed ½, refuted 0;
        unverifiable and pending claims are left out) and its 95% Wilson interval. Each claim counts once here, hedged or not. The same figures are given for
        each event and for the whole press.
      </p>
      <p>
        The Brier score turns this into one number. Each tier stands for a probability that the claim comes true; a claim’s score is (probability − outcome)²,
        with outcome 1 for confirmed, ½ for partly confirmed and 0 for refuted, and the Brier score is the mean over resolved claims with a known tier. 0 is
        perfect; an outlet that always said “50%” would score 0.25; lower is better. The probabilities in use are:
      </p>
      <table className="small">
        <caption className="visually-hidden">Probability each certainty tier stands for</caption>
        <thead>
          <tr>
            <th scope="col">Tier</th>
            <th scope="col">Probability</th>
          </tr>
        </thead>
        <tbody>
          {CERTAINTY.map((tier) => (
            <tr key={tier}>
              <th scope="row">{CERTAINTY_LABEL[tier]}</th>
              <td>{Math.round(probabilities[tier] * 100)}%</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="small muted">The newsroom sets these (the HINDSIGHT_TIER_PROBABILITIES setting); a change applies to every score at once.</p>
      <h2 id="lead-time">Lead time</h2>
      <p>
        Lead time is how many whole days before the outcome an article was published: before the outcome date when the desk recorded one, otherwise before the
        event (or, for a rumor without an event, its deadline). The “median lead time when right” is the exact median over the claims rated confirmed through
        their stance — of an outlet, an event or the whole press: half of the right calls came earlier than that, half later. Partly confirmed, refuted,
        unverifiable, pending and void claims are left out.
      </p>
      <h2 id="history">Track records over time</h2>
      <p>
        Verdicts can change as more is reported, and every published verdict is kept. An outlet’s page can therefore show its record{" "}
        <em>as it stood on any day</em>: the claims published by the end of that day (UTC), each rated by the verdicts published by then. A rumor that was void
        on that day is left out, even if the void was undone later; one voided only later counts as it did then. The chart of its record over time is the same
        calculation at the end of each month, and each event page and claim page can be shown as of a day too — a claim page then also gives the resolution
        criteria as they read that day. A claim or verdict withdrawn since is not part of the history.
      </p>
      <p>
        When the criteria of a rumor are changed after evidence has been attached, its pages say so with one dated line per change, giving what the criteria
        said before.
      </p>
      <h2 id="figures">Every figure links to its claims</h2>
      <p>
        Each count on the dashboard, the outlets page, an outlet’s page, the events page and an event’s page is a link to the list of exactly the claims it
        counts, so you can check any figure claim by claim: the claims per verdict, the resolved claims behind an accuracy score, its own reporting and what it
        relayed, asserted, hedged and denied claims, each certainty tier’s claims and resolved claims, the claims behind the Brier score and the lead time, the
        rumors an outlet printed first, and each event’s rumors per verdict in the chart of verdicts by event and its table (a rumor is counted by its first
        appearance, and by its own verdict, not read through a stance). A rumor’s number of appearances, on its page and on its claims’ pages, links to those
        appearances. The list says how many claims it holds and which filters made it. Void rumors are in no figure, so these lists leave them out (a void
        rumor’s own appearances excepted); the claim lists mark a void rumor’s claims “void” with the reason. A figure of zero is not a link. Figures of a
        record as it stood on a past day are not linked, since a list shows each claim as it stands today.
      </p>
      <h2 id="claimreview">For search engines</h2>
      <p>
        Each rumor with a verdict carries one schema.org ClaimReview, listing every article that printed it as an appearance and its origin as the first
        appearance; its claims’ pages carry the same review, and <a href="/claim-reviews.jsonld">/claim-reviews.jsonld</a> lists them all.
      </p>
    </article>
  );
}
