import { describe, expect, it } from 'vitest';
import { framesSizeMessage, isFramesInit, parseFramesSize } from './frames';

describe('@newswire/frames messages', () => {
  it('sends the shape observeIframe reads: sentinel amp, type embed-size, numeric height', () => {
    expect(framesSizeMessage(640.2)).toEqual({ sentinel: 'amp', type: 'embed-size', height: 641 });
  });

  it('recognises the parent’s frames-init, as posted (a plain object, possibly structured-cloned)', () => {
    expect(isFramesInit({ sentinel: 'amp', type: 'frames-init' })).toBe(true);
    expect(isFramesInit(structuredClone({ sentinel: 'amp', type: 'frames-init' }))).toBe(true);
    expect(isFramesInit(Object.assign(Object.create(null), { sentinel: 'amp', type: 'frames-init' }))).toBe(true);
  });

  it('ignores look-alikes, including inherited and prototype-polluting keys', () => {
    const inherited = Object.create({ sentinel: 'amp', type: 'frames-init' });
    class Init {
      sentinel = 'amp';
      type = 'frames-init';
    }
    const bad: unknown[] = [
      inherited,
      new Init(),
      JSON.parse('{"__proto__": {"sentinel": "amp", "type": "frames-init"}}'),
      { sentinel: 'AMP', type: 'frames-init' },
      { sentinel: 'amp', type: 'embed-size', height: 10 },
      { sentinel: 'amp' },
      [{ sentinel: 'amp', type: 'frames-init' }],
      'frames-init',
      null,
      undefined
    ];
    for (const data of bad) expect(isFramesInit(data)).toBe(false);
  });
});

describe('parseFramesSize (our preview parent)', () => {
  it('reads a sane embed-size height', () => {
    expect(parseFramesSize(framesSizeMessage(480))).toBe(480);
  });

  it('ignores junk heights and look-alikes', () => {
    const bad: unknown[] = [
      { sentinel: 'amp', type: 'embed-size', height: '480' },
      { sentinel: 'amp', type: 'embed-size', height: -1 },
      { sentinel: 'amp', type: 'embed-size', height: 2 ** 25 },
      { sentinel: 'amp', type: 'embed-size', height: Number.NaN },
      { sentinel: 'amp', type: 'frames-init' },
      Object.create({ sentinel: 'amp', type: 'embed-size', height: 480 }),
      'pymxPYMxgxPYMxheightxPYMx480'
    ];
    for (const data of bad) expect(parseFramesSize(data)).toBeNull();
  });
});
