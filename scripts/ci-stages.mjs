// Runs `npm test` as timed stages and prints each stage's wall time.
//   node scripts/ci-stages.mjs check lint+test:unit+build test:e2e   run these npm scripts in order;
//                                                                    a+b+c runs a, b and c side by side
//   node scripts/ci-stages.mjs --report <log>                        print the table of a run (.ci/run)
// A stage whose npm script does not exist (e.g. `lint` before it is added) is skipped and says so.
// The first group with a failing stage stops the run with that stage's exit code. Stages run side by
// side print their output whole when each ends (not interleaved line by line). With CI_STAGES_LOG set
// (.ci/run sets it, after writing the run's start time there), each stage is appended to that file,
// so .ci/run can print the install time too: everything before the first stage.
import { spawn } from 'node:child_process';
import { appendFileSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Short names for the table; a script not listed here shows under its own name. */
const LABELS = { check: 'check', lint: 'lint', 'test:unit': 'unit', build: 'build', 'test:e2e': 'e2e' };

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
const minutes = (ms) => `${Math.floor(ms / 60000)}:${String(Math.round((ms % 60000) / 1000)).padStart(2, '0')}`;

/**
 * Parses a stage log: a `start <epoch ms>` line, then `<label> <status> <start ms> <end ms>` lines.
 * @returns {{ start: number | null, stages: { label: string, status: string, begin: number, end: number }[] }}
 */
export function parseLog(text) {
  let start = null;
  const stages = [];
  for (const line of text.split('\n')) {
    const parts = line.trim().split(/\s+/);
    if (parts[0] === 'start' && parts.length === 2) start = Number(parts[1]);
    else if (parts.length === 4)
      stages.push({ label: parts[0], status: parts[1], begin: Number(parts[2]), end: Number(parts[3]) });
  }
  return { start, stages };
}

/** The table printed at the end: install (run start to first stage) when the start is known, then each stage. */
export function formatTable({ start, stages }, now = Date.now()) {
  const rows = [];
  if (start !== null) rows.push(['install', 'ok', (stages[0]?.begin ?? now) - start]);
  for (const s of stages) rows.push([s.label, s.status, s.end - s.begin]);
  // Stages run side by side overlap: the run ends with the last stage to end, not the sum of them.
  const first = start ?? Math.min(...stages.map((s) => s.begin));
  const total = stages.length ? Math.max(...stages.map((s) => s.end)) - first : start !== null ? now - start : 0;
  const lines = rows.map(([label, status, ms]) =>
    `  ${label.padEnd(8)} ${seconds(ms).padStart(9)}  ${status === 'ok' ? '' : status}`.trimEnd()
  );
  return [
    'Stage wall times:',
    ...lines,
    `  ${'total'.padEnd(8)} ${seconds(total).padStart(9)}  (${minutes(total)})`
  ].join('\n');
}

/** `a+b` → ['a', 'b']: the npm scripts of one group, run side by side. */
export const groupOf = (arg) => arg.split('+').filter(Boolean);

/** Runs one npm script; a stage run beside others keeps its output until it ends, then prints it whole. */
function runStage(script, pkg, alone) {
  const label = LABELS[script] ?? script;
  const begin = Date.now();
  if (!pkg.scripts?.[script]) {
    console.log(`\n> stage ${label}: skipped, package.json has no "${script}" script`);
    return Promise.resolve({ label, status: 'skipped(no-script)', code: 0, begin, end: begin });
  }
  if (alone) console.log(`\n> stage ${label}: npm run ${script}`);
  const child = spawn('npm', ['run', script], { stdio: alone ? 'inherit' : ['ignore', 'pipe', 'pipe'] });
  const output = [];
  child.stdout?.on('data', (chunk) => output.push(chunk));
  child.stderr?.on('data', (chunk) => output.push(chunk));
  return new Promise((resolve) => {
    child.on('close', (exit) => {
      const code = exit ?? 1;
      if (!alone) {
        console.log(`\n> stage ${label}: npm run ${script} (run side by side; its output follows)`);
        process.stdout.write(Buffer.concat(output));
      }
      resolve({ label, status: code === 0 ? 'ok' : 'FAILED', code, begin, end: Date.now() });
    });
  });
}

async function run(args) {
  const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
  const log = process.env.CI_STAGES_LOG;
  const stages = [];
  let code = 0;
  for (const arg of args) {
    const group = groupOf(arg);
    const results = await Promise.all(group.map((script) => runStage(script, pkg, group.length === 1)));
    for (const { code: _code, ...stage } of results) {
      stages.push(stage);
      if (log) appendFileSync(log, `${stage.label} ${stage.status} ${stage.begin} ${stage.end}\n`);
    }
    code = results.find((r) => r.code !== 0)?.code ?? 0;
    if (code !== 0) break;
  }
  // .ci/run prints the whole table (install included) when it exits; alone, print it here.
  if (!log) console.log(`\n${formatTable({ start: null, stages })}`);
  return code;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  if (args[0] === '--report') {
    console.log(`\n${formatTable(parseLog(readFileSync(args[1], 'utf8')))}`);
  } else {
    run(args).then((code) => process.exit(code));
  }
}
