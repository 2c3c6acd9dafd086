// The first table: stop and search in Gwent, 2019/20, by self-defined ethnicity, against Census 2011.
// Counts from the data.police.uk files in data/police-uk/stop-search (see examples/stop-search-walkthrough.ts).
import { disproportionality, gwentPopulation, toMarkdown } from "disproportionality";

const searches = { Asian: 191, Black: 111, Mixed: 86, Other: 14, White: 2054, Unknown: 941 };
const table = disproportionality(searches, gwentPopulation({ census: 2011 }));
const black = table.rows.find((row) => row.group === "Black");

console.log(`Black/White ratio ${black?.ratio?.value?.toFixed(2)} (${black?.ratio?.lower.toFixed(2)} to ${black?.ratio?.upper.toFixed(2)})`);
console.log(`Unknown ethnicity: ${((table.unknown.share ?? 0) * 100).toFixed(1)}% of searches`);
console.log(toMarkdown(table.rows.map((r) => ({ group: r.group, searches: r.count, rate: r.rate?.value ?? null, ratio: r.ratio?.value ?? null })), { digits: 4 }));
