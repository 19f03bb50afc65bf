// The build refuses broken data: plant one fault in a temporary copy of the repository, run the
// build's data check on it, and expect a non-zero exit with one line naming the file, record and
// field, and no stack trace.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const REPO = resolve('.');
let root: string;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'validate-data-'));
  for (const dir of ['src', 'data', 'static/geo']) cpSync(join(REPO, dir), join(root, dir), { recursive: true });
  symlinkSync(join(REPO, 'node_modules'), join(root, 'node_modules'), 'dir');
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

function check(): { status: number | null; lines: string[] } {
  const run = spawnSync(process.execPath, [join(REPO, 'scripts/validate-data.mjs'), root], {
    encoding: 'utf8',
    timeout: 60_000
  });
  return { status: run.status, lines: `${run.stdout}${run.stderr}`.split('\n').filter((line) => line.trim()) };
}

/** Plants `change` in the copy's `file`, runs the check, and puts the file back. */
function withPlanted(file: string, change: (text: string) => string) {
  const path = join(root, file);
  const original = readFileSync(path, 'utf8');
  const planted = change(original);
  expect(planted, `the plant changes ${file}`).not.toBe(original);
  writeFileSync(path, planted);
  try {
    return check();
  } finally {
    writeFileSync(path, original);
  }
}

const PLANTS: { name: string; file: string; change: (text: string) => string; says: RegExp }[] = [
  {
    name: 'a truncated static/geo file',
    file: 'static/geo/places.geojson',
    change: (t) => t.slice(0, t.length / 2),
    says: /^static\/geo\/places\.geojson: is not valid JSON .*line 1, column \d+/
  },
  {
    name: 'a place outside the world',
    file: 'static/geo/places.geojson',
    change: (t) => t.replace('"coordinates":[37.17585,48.28198]', '"coordinates":[371.7585,48.28198]'),
    says: /^static\/geo\/places\.geojson: features\[0\] \(feature "pokrovsk"\) → geometry\.coordinates: longitude 371\.7585 is outside -180…180$/
  },
  {
    name: 'a place without its label',
    file: 'static/geo/places.geojson',
    change: (t) => t.replace('"name_en":"Pokrovsk",', ''),
    says: /^static\/geo\/places\.geojson: features\[0\] \(feature "pokrovsk"\) → properties\.name_en: is missing$/
  },
  {
    name: 'a raw file the geo script would read',
    file: 'data/raw/geo/ukraine-outline.geojson',
    change: (t) =>
      t
        .replace('"type": "FeatureCollection"', '"type": "Feature"')
        .replace('"type":"FeatureCollection"', '"type":"Feature"'),
    says: /^data\/raw\/geo\/ukraine-outline\.geojson: \(root\) → type: is "Feature", not "FeatureCollection"$/
  },
  {
    name: 'a malformed map-static.json',
    file: 'data/processed/map-static.json',
    change: (t) =>
      t.replace(
        '"places":{"type":"FeatureCollection","features":[{"type":"Feature"',
        '"places":{"type":"FeatureCollection","features":[{"type":"Feat"'
      ),
    says: /^data\/processed\/map-static\.json: places\.features\[0\] \(feature "pokrovsk"\) → type: is not a GeoJSON Feature$/
  },
  {
    name: 'a story step with an unknown paragraph',
    file: 'src/content/story.ts',
    change: (t) => t.replace("paragraphs: ['p1']", "paragraphs: ['p99']"),
    says: /^src\/content\/story\.ts: steps\[\d+\] \(step "[\w-]+"\) → paragraphs\[0\]: unknown paragraph ID "p99"$/
  }
];

// Each case starts node and loads the story through Vite: seconds, more when the whole suite runs.
describe('the build data check (scripts/validate-data.mjs)', { timeout: 60_000 }, () => {
  it('passes the real data', () => {
    const { status, lines } = check();
    expect(lines.join('\n')).toMatch(/^data check: .* valid$/);
    expect(status).toBe(0);
  });

  for (const plant of PLANTS) {
    it(`stops on ${plant.name}, with one line naming the file, record and field and no stack trace`, () => {
      const { status, lines } = withPlanted(plant.file, plant.change);
      expect(status).toBe(1);
      expect(
        lines.filter((line) => plant.says.test(line)),
        lines.join('\n')
      ).toHaveLength(1);
      expect(
        lines.filter((line) => /^\s+at |Error:|panicked|backtrace/i.test(line)),
        'no stack trace'
      ).toEqual([]);
      expect(lines.at(-1)).toMatch(/^data check: \d+ problem\(s\); the build stops here\.$/);
    });
  }
});
