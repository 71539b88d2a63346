// npm run db:backfill-certainty: gives claims stored without a certainty
// tier the one the candidates detector reads from their quote and
// attribution (server/resolution/certainty.ts). Every server start does this
// once by itself (instrumentation.ts); this runs it again on demand, e.g.
// after a restore of old data.
import "dotenv/config";
import { backfillCertainty } from "@/server/resolution/certainty";

const changed = await backfillCertainty((line) => console.log(line));
console.log(`Done: ${changed} claim${changed === 1 ? "" : "s"} given a certainty tier.`);
process.exit(0);
