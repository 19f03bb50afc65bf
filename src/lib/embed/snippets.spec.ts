// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { embedSnippets, FRAMES_SRC, PYM_SRC, type SnippetTarget } from './snippets';

const target: SnippetTarget = {
  url: 'https://graphics.example/pokrovsk/embed/chart/losses-pokrovsk/',
  slug: 'chart-losses-pokrovsk',
  title: 'Russian losses in three battles, as the op-ed gives them',
  height: 560
};

/** What a CMS does with a pasted snippet: parse it as HTML. */
function parse(html: string): Document {
  return new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
}

describe('embedSnippets', () => {
  const s = embedSnippets(target);

  it('pym: a container, the pym.js v1 script, and a Parent with the title', () => {
    const doc = parse(s.pym);
    expect(doc.querySelector('#pym-chart-losses-pokrovsk')).not.toBeNull();
    expect(doc.querySelectorAll('script')[0]?.getAttribute('src')).toBe(PYM_SRC);
    expect(doc.querySelectorAll('script')[1]?.textContent).toBe(
      `new pym.Parent("pym-chart-losses-pokrovsk", "${target.url}", { title: "${target.title}" });`
    );
  });

  it('frames: an auto-init container carrying src and title', () => {
    const div = parse(s.frames).querySelector('[data-frame-src]');
    expect(div?.getAttribute('data-frame-src')).toBe(target.url);
    expect(div?.getAttribute('data-frame-attribute-title')).toBe(target.title);
    expect(s.frames).toContain(FRAMES_SRC);
  });

  it('Datawrapper-style and plain iframes carry title, src and the fallback height', () => {
    for (const html of [s.datawrapper, s.iframe]) {
      const iframe = parse(html).querySelector('iframe');
      expect(iframe?.getAttribute('src')).toBe(target.url);
      expect(iframe?.getAttribute('title')).toBe(target.title);
      expect(iframe?.getAttribute('height')).toBe('560');
    }
    expect(parse(s.datawrapper).querySelector('iframe')?.id).toBe('datawrapper-chart-chart-losses-pokrovsk');
  });

  it('keeps a hostile title inert in attributes and inside the script', () => {
    const evil = embedSnippets({
      ...target,
      title: `"><img src=x onerror=alert(1)></script><script>alert(2)</script>`
    });
    for (const html of Object.values(evil)) {
      const doc = parse(html);
      expect(doc.querySelector('img')).toBeNull();
      expect(
        [...doc.querySelectorAll('script')].every(
          (el) => !el.textContent?.includes('alert(2)') || el.textContent.includes('\\u003c')
        )
      ).toBe(true);
      expect(doc.querySelectorAll('script').length).toBeLessThanOrEqual(2);
    }
  });

  it('refuses javascript: URLs, odd slugs and silly heights', () => {
    expect(() => embedSnippets({ ...target, url: 'javascript:alert(1)' })).toThrow(/http/);
    expect(() => embedSnippets({ ...target, url: '/relative' })).toThrow();
    expect(() => embedSnippets({ ...target, slug: 'a"b' })).toThrow(/slug/);
    expect(() => embedSnippets({ ...target, height: 1e9 })).toThrow(/height/);
  });
});
