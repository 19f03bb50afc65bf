import { describe, expect, it } from 'vitest';
// @ts-ignore plain ESM build script without type declarations
import { formatTable, groupOf, parseLog } from './ci-stages.mjs';

const LOG = `start 1000
check ok 61000 91500
lint skipped(no-script) 91500 91500
unit ok 91500 121500
build FAILED 121500 126000
`;

describe('ci-stages', () => {
  it('reads the start line and one line per stage', () => {
    expect(parseLog(LOG)).toEqual({
      start: 1000,
      stages: [
        { label: 'check', status: 'ok', begin: 61000, end: 91500 },
        { label: 'lint', status: 'skipped(no-script)', begin: 91500, end: 91500 },
        { label: 'unit', status: 'ok', begin: 91500, end: 121500 },
        { label: 'build', status: 'FAILED', begin: 121500, end: 126000 }
      ]
    });
  });

  it('prints install as the time before the first stage, then each stage, a skipped or failed one marked', () => {
    expect(formatTable(parseLog(LOG)).split('\n')).toEqual([
      'Stage wall times:',
      '  install     60.0 s',
      '  check       30.5 s',
      '  lint         0.0 s  skipped(no-script)',
      '  unit        30.0 s',
      '  build        4.5 s  FAILED',
      '  total      125.0 s  (2:05)'
    ]);
  });

  it('counts install up to now when no stage ran (npm ci failed)', () => {
    expect(formatTable(parseLog('start 1000\n'), 31000).split('\n')).toEqual([
      'Stage wall times:',
      '  install     30.0 s',
      '  total       30.0 s  (0:30)'
    ]);
  });

  it('without a start line (npm test alone) totals the stages', () => {
    expect(formatTable(parseLog('e2e ok 0 600000\n')).split('\n').at(-1)).toBe('  total      600.0 s  (10:00)');
  });

  it('totals stages run side by side as the span from the first start to the last end, not their sum', () => {
    const log = `start 0
check ok 10000 40000
lint ok 40000 100000
unit ok 40000 110000
build FAILED 40000 70000
`;
    // The group's last-listed stage (build) ended first: the run still lasted until unit ended.
    expect(formatTable(parseLog(log)).split('\n').at(-1)).toBe('  total      110.0 s  (1:50)');
    // Without a start line, from the first stage's start.
    expect(
      formatTable(parseLog(log.replace('start 0\n', '')))
        .split('\n')
        .at(-1)
    ).toBe('  total      100.0 s  (1:40)');
  });

  it('reads a+b+c as one group of scripts run side by side', () => {
    expect(groupOf('lint+test:unit+build')).toEqual(['lint', 'test:unit', 'build']);
    expect(groupOf('check')).toEqual(['check']);
  });
});
