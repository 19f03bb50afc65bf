// @vitest-environment jsdom
import { render } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import About from './About.svelte';

describe('About', () => {
  it('renders the corrections log as a dated section that says when it is empty', () => {
    const { container } = render(About, { props: { log: [] } });
    const heading = container.querySelector('h3#corrections');
    expect(heading?.textContent).toBe('Corrections and updates');
    expect(heading?.nextElementSibling?.textContent).toBe('No corrections yet.');
  });

  it('lists each correction with its date, what changed and why', () => {
    const log = [
      { date: '2026-04-02', what: 'The Avdiivka range now reads 40,000–50,000.', why: 'It was mistyped as 4,000.' },
      { date: '2026-03-20', what: 'A source link was replaced.', why: 'The page had moved.' }
    ];
    const { container } = render(About, { props: { log } });
    const items = [...container.querySelectorAll('.corrections li')];
    expect(items.map((li) => li.textContent)).toEqual([
      '2 April 2026 — The Avdiivka range now reads 40,000–50,000. Why: It was mistyped as 4,000.',
      '20 March 2026 — A source link was replaced. Why: The page had moved.'
    ]);
    expect(items.map((li) => li.querySelector('time')?.getAttribute('datetime'))).toEqual(['2026-04-02', '2026-03-20']);
    expect(container.textContent).not.toContain('No corrections yet.');
  });

  it('links the corrections contact set at build, and says so when it is missing or unusable', () => {
    const mail = render(About, { props: { log: [], contact: 'corrections@example.org' } }).container;
    expect(mail.querySelector('.contact a')?.getAttribute('href')).toBe('mailto:corrections@example.org');
    const page = render(About, { props: { log: [], contact: 'https://example.org/corrections' } }).container;
    expect(page.querySelector('.contact a')?.getAttribute('href')).toBe('https://example.org/corrections');
    for (const contact of ['', 'not a contact']) {
      const none = render(About, { props: { log: [], contact } }).container;
      expect(none.querySelector('.contact a')).toBeNull();
      expect(none.querySelector('.contact')?.textContent).toContain('PUBLIC_CORRECTIONS_CONTACT');
    }
  });
});
