// @vitest-environment jsdom
import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { article } from '../../content/article';
import { loadContent } from '../../content/load';
import { storyContentContext } from './content-context';
import StepCard from './StepCard.svelte';

const { story, contextNotes } = loadContent();
const context = storyContentContext(article.blocks, contextNotes);
const stepById = (id: string) => story.steps.find((step) => step.id === id)!;

describe('StepCard', () => {
  it('shows the claim, the verbatim quote and a linked marker for each cited paragraph', () => {
    const step = stepById('bakhmut-losses');
    render(StepCard, { props: { step, index: 7, active: true }, context });
    expect(screen.getByText('The article says')).toBeTruthy();
    expect(screen.getByText(`“${step.quote}”`)).toBeTruthy();
    expect(screen.getByRole('link', { name: '¶ 4' }).getAttribute('href')).toBe('#p4');
  });

  it('marks context notes as context, with an as-of date and linked sources', () => {
    render(StepCard, { props: { step: stepById('mine'), index: 12, active: false }, context });
    const note = screen.getByRole('note', { name: /Context: The mine/ });
    expect(note.textContent).toContain('as of March 2026');
    expect(note.querySelectorAll('a[href^="https://"]').length).toBeGreaterThan(0);
  });

  it('labels our own analysis differently from the author’s claims', () => {
    render(StepCard, { props: { step: stepById('per-month'), index: 10, active: false }, context });
    expect(screen.getByText('Our reading of the figures')).toBeTruthy();
    expect(screen.queryByText('The article says')).toBeNull();
  });
});
