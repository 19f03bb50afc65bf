// npm run audit — `npm audit --omit=dev` (fails on high or critical). If the registry will not
// answer the audit endpoint (this build machine's registry mirror returns 405), it says so and
// falls back to checking package-lock.json against scripts/audit/advisories.json: a dated list
// for the code that ships to the browser. The fallback is weaker than npm audit and says that too.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { matchAdvisories } from './audit/ranges.mjs';

const BLOCKING = new Set(['high', 'critical']);
const run = spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8' });
let report;
try {
  report = JSON.parse(run.stdout);
} catch {
  report = undefined;
}

if (report?.metadata?.vulnerabilities) {
  const counts = report.metadata.vulnerabilities;
  console.log(`npm audit --omit=dev: ${JSON.stringify(counts)}`);
  process.exit(counts.high + counts.critical > 0 ? 1 : 0);
}

const reason = (report?.message ?? report?.error?.summary ?? 'no JSON report').trim();
console.log(`npm audit could not run (${reason}).`);
const { checked, advisories } = JSON.parse(readFileSync(new URL('./audit/advisories.json', import.meta.url), 'utf8'));
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'));
const hits = matchAdvisories(lock.packages, advisories);
console.log(
  `Fallback: package-lock.json against ${advisories.length} advisories listed in scripts/audit/advisories.json (checked ${checked}).`
);
for (const hit of hits)
  console.log(
    `  ${hit.severity.toUpperCase()} ${hit.id} ${hit.package}@${hit.version} (${hit.path}): ${hit.title} ${hit.url}`
  );
if (!hits.length) console.log('  No installed version is in a listed vulnerable range.');
process.exit(hits.some((hit) => BLOCKING.has(hit.severity)) ? 1 : 0);
