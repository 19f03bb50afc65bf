// @vitest-environment jsdom
import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { article } from '$content/article';
import { loadContent } from '$content/load';
import { storyContentContext } from '../story/content-context';
import StepView from './StepView.svelte';

const { story, contextNotes } = loadContent();
const context = storyContentContext(article.blocks, contextNotes);
const stepById = (id: string) => story.steps.find((step) => step.id === id)!;

describe('StepView, card variant', () => {
  it('shows the claim, the verbatim quote and a linked marker for each cited paragraph', () => {
    const step = stepById('bakhmut-losses');
    render(StepView, { props: { step, variant: 'card', index: 7, active: true }, context });
    expect(screen.getByText('The article says')).toBeTruthy();
    expect(screen.getByText(`“${step.quote}”`)).toBeTruthy();
    expect(screen.getByRole('link', { name: '¶ 4' }).getAttribute('href')).toBe('#p4');
  });

  it('marks context notes as context, with an as-of date and linked sources', () => {
    render(StepView, { props: { step: stepById('mine'), variant: 'card', index: 12, active: false }, context });
    const note = screen.getByRole('note', { name: /Context: The mine/ });
    expect(note.textContent).toContain('as of July 2026');
    expect(note.querySelectorAll('a[href^="https://"]').length).toBeGreaterThan(0);
  });

  // Ported from the removed StepCard spec (5a7cabe): the three ways a source title is shown.
  it('sets a source title in quotes only when it is the page’s headline, and marks our own descriptions and translations', () => {
    const mine = contextNotes.find((n) => n.id === 'mine')!;
    const sources = [
      {
        title: 'The price of Bakhmut',
        titleKind: 'headline' as const,
        publisher: 'Mediazona',
        date: '2024-06-10',
        url: 'https://example.org/a'
      },
      {
        title: 'Metinvest suspends the Pishchane site',
        publisher: 'Ukrainska Pravda',
        date: '2024-12-13',
        url: 'https://example.org/b'
      },
      {
        title: 'Commander Smirnov: saboteurs tried to enter',
        titleKind: 'headline' as const,
        translated: true,
        publisher: 'TASS',
        date: '~2026-03-03',
        url: 'https://example.org/c'
      }
    ];
    const withSources = storyContentContext(article.blocks, [{ ...mine, sources }]);
    render(StepView, {
      props: { step: stepById('mine'), variant: 'card', index: 12, active: false },
      context: withSources
    });
    const items = [...screen.getByRole('note', { name: /Context: The mine/ }).querySelectorAll('li')].map((li) =>
      li.textContent!.replace(/\s+/g, ' ').trim()
    );
    expect(items).toEqual([
      '“The price of Bakhmut”, Mediazona, 10 June 2024',
      'Metinvest suspends the Pishchane site (our description), Ukrainska Pravda, 13 December 2024',
      '“Commander Smirnov: saboteurs tried to enter” (our translation), TASS, about 3 March 2026'
    ]);
  });

  it('labels our own analysis differently from the author’s claims', () => {
    render(StepView, { props: { step: stepById('per-month'), variant: 'card', index: 10, active: false }, context });
    expect(screen.getByText('Our reading of the figures')).toBeTruthy();
    expect(screen.queryByText('The article says')).toBeNull();
  });
});

describe('StepView, the other variants', () => {
  it('slide: the cited paragraphs as one line of labels beside the stage the deck passes in', () => {
    const { container } = render(StepView, { props: { step: stepById('bakhmut-losses'), variant: 'slide' }, context });
    expect(container.querySelector('.slide .text .cites')?.textContent).toBe('¶ 4');
    expect(container.querySelector('.slide [role="region"]')).toBeTruthy();
  });

  it('notes: each cited block in full under its own ID, so a slide’s “¶ 4” link can land on it', () => {
    const { container } = render(StepView, { props: { step: stepById('bakhmut-losses'), variant: 'notes' }, context });
    const cited = container.querySelector('.step-notes blockquote#p4');
    expect(cited?.textContent).toContain(article.blocks.find((b) => b.id === 'p4')!.text);
  });

  it('print: numbered from one, with the voice and a link to each cited paragraph', () => {
    const { container } = render(StepView, {
      props: { step: stepById('per-month'), variant: 'print', index: 10 },
      context
    });
    const meta = container.querySelector('.print-step .meta')!;
    expect(meta.textContent?.replace(/\s+/g, ' ').trim()).toMatch(/^Step 11 · Our reading of the figures · ¶/);
    expect(screen.getAllByRole('link').length).toBeGreaterThan(0);
  });
});
