import { describe, expect, it } from 'vitest';
import { datawrapperHeightMessage, isValidEmbedId } from './datawrapper';

describe('Datawrapper height message', () => {
  it('keys the height by our embed id, as the host listener expects', () => {
    const message = datawrapperHeightMessage('chart-losses', 432.1);
    expect(message).toEqual({ 'datawrapper-height': { 'chart-losses': 433 } });
    expect(Object.keys(message['datawrapper-height'])).toEqual(['chart-losses']);
  });

  it('only builds keys from slugs: no prototype keys, no markup, no selector breakers', () => {
    for (const bad of [
      '__proto__',
      'constructor ',
      '<script>',
      "x'] , iframe[src*='",
      'a'.repeat(65),
      '',
      'Chart',
      'a--b'
    ]) {
      expect(isValidEmbedId(bad), bad).toBe(false);
      expect(() => datawrapperHeightMessage(bad, 10)).toThrow(/not an embed id/);
    }
    expect(isValidEmbedId('story')).toBe(true);
  });
});
