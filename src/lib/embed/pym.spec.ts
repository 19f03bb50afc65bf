import { describe, expect, it } from 'vitest';
import { formatPymHeight, isValidChildId, parsePymParentMessage, parsePymQuery, parseWidth } from './pym';

const q = (params: Record<string, string>) => '?' + new URLSearchParams(params).toString();

describe('parsePymQuery', () => {
  it('reads what pym.Parent 1.3.2 appends to the src', () => {
    const search =
      '?initialWidth=660&childId=graphic&parentTitle=Host%20article&parentUrl=https%3A%2F%2Fnews.example%2Fstory%3Fa%3D1';
    const parsed = parsePymQuery(search);
    expect(parsed).toMatchObject({ childId: 'graphic', initialWidth: 660, parentTitle: 'Host article' });
    expect(parsed?.parentUrl?.origin).toBe('https://news.example');
  });

  it('is not a pym embed without a usable childId', () => {
    expect(parsePymQuery('')).toBeNull();
    expect(parsePymQuery('?initialWidth=600')).toBeNull();
    expect(parsePymQuery(q({ childId: '<script>alert(1)</script>' }))).toBeNull();
    expect(parsePymQuery(q({ childId: 'a'.repeat(65) }))).toBeNull();
    expect(parsePymQuery(q({ childId: '' }))).toBeNull();
    expect(parsePymQuery('?childId=a&childId=b')).toBeNull();
  });

  it('rejects ids that would break the message format', () => {
    expect(isValidChildId('gxPYMxheight')).toBe(false);
    expect(isValidChildId('graphic one')).toBe(false);
    expect(isValidChildId('__proto__')).toBe(true); // only ever compared and concatenated, never a key
    expect(isValidChildId('pym-graphic_2:a.b')).toBe(true);
  });

  it('keeps a bad optional parameter out but still runs as a pym child', () => {
    const parsed = parsePymQuery(
      q({ childId: 'g', initialWidth: '1e3', parentTitle: 'x'.repeat(301), parentUrl: 'javascript:alert(1)' })
    );
    expect(parsed).toEqual({ childId: 'g', initialWidth: null, parentTitle: null, parentUrl: null });
  });

  it('accepts only http(s) parent URLs of sane length', () => {
    const url = (u: string) => parsePymQuery(q({ childId: 'g', parentUrl: u }))?.parentUrl ?? null;
    expect(url('data:text/html,<b>x</b>')).toBeNull();
    expect(url('/relative/path')).toBeNull();
    expect(url('https://a.example/' + 'x'.repeat(2100))).toBeNull();
    expect(url('http://127.0.0.1:4193/host.html')?.origin).toBe('http://127.0.0.1:4193');
  });

  it('strips control characters from the title and keeps markup as inert text', () => {
    const parsed = parsePymQuery(q({ childId: 'g', parentTitle: '\u0000<img src=x onerror=alert(1)>\n' }));
    expect(parsed?.parentTitle).toBe('<img src=x onerror=alert(1)>');
  });
});

describe('parseWidth', () => {
  it('takes plain integers from 1 to 10000 only', () => {
    expect(parseWidth('1')).toBe(1);
    expect(parseWidth('10000')).toBe(10000);
    for (const bad of ['0', '10001', '99999999999', '-5', '660px', ' 660', '6.5', '0x10', '', 'NaN', 'Infinity']) {
      expect(parseWidth(bad), bad).toBeNull();
    }
  });
});

describe('formatPymHeight', () => {
  it('speaks the string pym.Parent matches with its regex', () => {
    expect(formatPymHeight('graphic', 812.3)).toBe('pymxPYMxgraphicxPYMxheightxPYMx813');
    expect(/^pymxPYMxgraphicxPYMx(\S+)xPYMx(.*)$/.exec(formatPymHeight('graphic', 10))?.slice(1)).toEqual([
      'height',
      '10'
    ]);
  });
});

describe('parsePymParentMessage', () => {
  it('reads width and viewport-iframe-position for our id', () => {
    expect(parsePymParentMessage('pymxPYMxgxPYMxwidthxPYMx660', 'g')).toEqual({ type: 'width', width: 660 });
    expect(
      parsePymParentMessage('pymxPYMxgxPYMxviewport-iframe-positionxPYMx1200 800 -312.5 0 488.5 1185', 'g')
    ).toEqual({
      type: 'position',
      position: { viewportWidth: 1200, viewportHeight: 800, top: -312.5, left: 0, bottom: 488.5, right: 1185 }
    });
  });

  it('ignores other children, other types and anything malformed', () => {
    const bad: unknown[] = [
      'pymxPYMxg2xPYMxwidthxPYMx660', // another child whose id starts with ours
      'pymxPYMxgxPYMxwidthxPYMx660xPYMx1',
      'pymxPYMxgxPYMxwidthxPYMx',
      'pymxPYMxgxPYMxwidthxPYMx99999',
      'pymxPYMxgxPYMxwidthxPYMx<script>alert(1)</script>',
      'pymxPYMxgxPYMxnavigateToxPYMxjavascript:alert(1)',
      'pymxPYMxgxPYMxheightxPYMx500',
      'pymxPYMxgxPYMxviewport-iframe-positionxPYMx1 2 3 4 5',
      'pymxPYMxgxPYMxviewport-iframe-positionxPYMx1 2 3 4 5 NaN',
      'pymxPYMxgxPYMxviewport-iframe-positionxPYMx1 2 3 4 5 1e400',
      'pymxPYMxgxPYMxviewport-iframe-positionxPYMx1  2 3 4 5 6',
      'pymxPYMxgxPYMxwidthxPYMx660' + ' '.repeat(600),
      { sentinel: 'amp', type: 'frames-init' },
      ['pymxPYMxgxPYMxwidthxPYMx660'],
      JSON.parse('{"__proto__": {"type": "width"}}'),
      null,
      660
    ];
    for (const data of bad) expect(parsePymParentMessage(data, 'g'), String(data)).toBeNull();
  });
});
