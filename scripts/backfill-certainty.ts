// npm run db:backfill-certainty: once after the 20261202050000 migration,
// gives claims stored without a certainty tier the one the candidates
// detector reads from their quote and attribution (server/resolution/certainty.ts).
import "dotenv/config";
import { backfillCertainty } from "@/server/resolution/certainty";

const changed = await backfillCertainty((line) => console.log(line));
console.log(`Done: ${changed} claim${changed === 1 ? "" : "s"} given a certainty tier; the tallies were rebuilt.`);
process.exit(0);
