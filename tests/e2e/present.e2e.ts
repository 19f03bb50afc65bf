import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { teachingInput } from '../../src/content/teaching';
import { stepIds } from './helpers';

const deck = (page: Page) => page.locator('.deck');
const notesWindow = (page: Page) => page.locator('.notes-window');
const hashOf = (page: Page) => new URL(page.url()).hash;

async function openPresenter(page: Page, id?: string) {
  await page.goto(`/present/${id ? `#step-${id}` : ''}`);
  await expect(deck(page)).toHaveAttribute('data-ready', 'true');
}

async function expectStep(page: Page, id: string) {
  await expect(deck(page)).toHaveAttribute('data-step-id', id);
  await expect.poll(() => hashOf(page)).toBe(`#step-${id}`);
}

function axeViolations(page: Page) {
  return new AxeBuilder({ page })
    .analyze()
    .then((r) => r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`));
}

test.describe('presenter keys, overview, reload and notes window', () => {
  test.skip(({ isMobile }) => isMobile, 'keyboard presenting is a desktop/projector use');
  test.use({ viewport: { width: 1280, height: 720 } });

  for (const key of ['ArrowRight', 'ArrowDown', 'Space', 'PageDown']) {
    test(`${key} advances exactly one step and the URL follows`, async ({ page }) => {
      await openPresenter(page, stepIds[4]);
      await page.keyboard.press(key);
      await expectStep(page, stepIds[5]!);
      await page.keyboard.press(key);
      await expectStep(page, stepIds[6]!);
    });
  }

  for (const key of ['ArrowLeft', 'ArrowUp', 'PageUp']) {
    test(`${key} goes back exactly one step and the URL follows`, async ({ page }) => {
      await openPresenter(page, stepIds[4]);
      await page.keyboard.press(key);
      await expectStep(page, stepIds[3]!);
      await page.keyboard.press(key);
      await expectStep(page, stepIds[2]!);
    });
  }

  test('Home and End go to the first and last step, and stepping stops at the ends', async ({ page }) => {
    await openPresenter(page, stepIds[7]);
    await page.keyboard.press('End');
    await expectStep(page, stepIds.at(-1)!);
    await page.keyboard.press('ArrowRight');
    await expectStep(page, stepIds.at(-1)!);
    await page.keyboard.press('Home');
    await expectStep(page, stepIds[0]!);
    await page.keyboard.press('ArrowLeft');
    await expectStep(page, stepIds[0]!);
  });

  test('shows progress, "Step n of N" and the section name from the article’s headings', async ({ page }) => {
    await openPresenter(page, 'mine');
    const n = stepIds.indexOf('mine') + 1;
    await expect(page.locator('.bar .count')).toHaveText(`Step ${n} of ${stepIds.length}`);
    await expect(page.locator('.bar .section')).toHaveText(/Russia Captured the Pokrovsk Mine/);
    await expect(page.getByRole('progressbar')).toHaveAttribute('aria-valuenow', String(n));
    await expect(page.locator('[aria-live="polite"]')).toContainText(`Step ${n} of ${stepIds.length}`);
  });

  test('the buttons step for mouse users, and keyboard focus on them is visible', async ({ page }) => {
    await openPresenter(page, stepIds[1]);
    await page.getByRole('button', { name: /Next step/ }).click();
    await expectStep(page, stepIds[2]!);
    await page.getByRole('button', { name: /Previous step/ }).click();
    await expectStep(page, stepIds[1]!);
    await page.getByRole('button', { name: /Next step/ }).focus();
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).not.toBe('none');
  });

  test('o opens the overview; choosing a step jumps there and closes it', async ({ page }) => {
    await openPresenter(page);
    await page.keyboard.press('o');
    const dialog = page.getByRole('dialog', { name: 'All steps' });
    await expect(dialog).toBeVisible();
    await expect(dialog.locator('button[aria-current="step"]')).toBeFocused();
    await dialog.locator('[data-overview-step="shells"]').click();
    await expect(dialog).toBeHidden();
    await expectStep(page, 'shells');
  });

  test('Esc opens and closes the overview; arrows and Enter pick a step in the grid', async ({ page }) => {
    await openPresenter(page, stepIds[0]);
    await page.keyboard.press('Escape');
    const dialog = page.getByRole('dialog', { name: 'All steps' });
    await expect(dialog).toBeVisible();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    // Arrows move focus in the grid, not the slide behind it.
    await expect(deck(page)).toHaveAttribute('data-step-id', stepIds[0]!);
    await page.keyboard.press('Enter');
    await expect(dialog).toBeHidden();
    await expectStep(page, stepIds[2]!);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expectStep(page, stepIds[2]!);
  });

  test('? shows the key help; n shows notes with the section’s teaching questions', async ({ page }) => {
    await openPresenter(page, 'lithium');
    await page.keyboard.press('?');
    await expect(page.getByRole('dialog', { name: /Keyboard/ })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog', { name: /Keyboard/ })).toBeHidden();
    const notes = page.getByRole('complementary', { name: 'Notes for this step' });
    await expect(notes).toBeHidden();
    await page.keyboard.press('n');
    await expect(notes).toBeVisible();
    const h2 = teachingInput.find((note) => note.section === 'h2')!;
    await expect(notes.locator('.questions li')).toHaveText(h2.questions);
    await expect(notes.locator('blockquote#p6')).toBeVisible();
    await page.keyboard.press('n');
    await expect(notes).toBeHidden();
  });

  test('f asks for full screen, and says so if the browser refuses', async ({ page }) => {
    await openPresenter(page);
    await page.keyboard.press('f');
    await expect
      .poll(() =>
        page.evaluate(
          () => !!document.fullscreenElement || !!document.querySelector('[aria-live]')?.textContent?.includes('Full screen is not available')
        )
      )
      .toBe(true);
    await expect(deck(page)).toHaveAttribute('data-step-id', stepIds[0]!);
  });

  test('a reload restores the step, and an unknown step ID falls back to the first', async ({ page }) => {
    await openPresenter(page, 'shells');
    await page.keyboard.press('ArrowRight');
    await expectStep(page, 'shells-drop');
    await page.reload();
    await expect(deck(page)).toHaveAttribute('data-ready', 'true');
    await expectStep(page, 'shells-drop');
    await page.goto('/');
    await page.goto('/present/#step-%3Cimg%20src%3Dx%3E');
    await expect(deck(page)).toHaveAttribute('data-ready', 'true');
    await expect(deck(page)).toHaveAttribute('data-step-id', stepIds[0]!);
  });

  test('the notes window stays in step both ways and ignores malformed messages', async ({ page, context }) => {
    await openPresenter(page, 'where');
    const notes = await context.newPage();
    await notes.goto('/present/notes/');
    await expect(notesWindow(notes)).toHaveAttribute('data-ready', 'true');
    // The notes window asks for the presenter's step when it opens.
    await expect(notesWindow(notes)).toHaveAttribute('data-step-id', 'where');

    await page.keyboard.press('PageDown');
    await expect(notesWindow(notes)).toHaveAttribute('data-step-id', stepIds[2]!);
    await expect(notes.locator('.questions li').first()).toHaveText(teachingInput[0]!.questions[0]!);

    await notes.keyboard.press('ArrowRight');
    await expectStep(page, stepIds[3]!);
    await notes.getByRole('button', { name: /Previous step/ }).click();
    await expectStep(page, stepIds[2]!);
    await expect.poll(() => hashOf(notes)).toBe(`#step-${stepIds[2]}`);

    await notes.evaluate(() => {
      const channel = new BroadcastChannel('pokrovsk-explainer/presenter');
      for (const data of [
        { app: 'pokrovsk-presenter', v: 1, type: 'step', id: 'no-such-step' },
        { type: 'step', id: 'mine' },
        { app: 'pokrovsk-presenter', v: 1, type: 'step', id: 'mine', extra: true },
        'step:mine',
        null
      ])
        channel.postMessage(data);
      channel.postMessage({ app: 'pokrovsk-presenter', v: 1, type: 'step', id: 'speed' });
      channel.close();
    });
    // Only the last, well-formed message moves the presenter.
    await expectStep(page, 'speed');
  });

  test('the notes window opens from the presenter as its own window', async ({ page, context }) => {
    await openPresenter(page, 'mine');
    const [popup] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('Shift+N')]);
    await expect(notesWindow(popup)).toHaveAttribute('data-step-id', 'mine');
  });

  // One test per state: axe takes several seconds a run on this machine.
  for (const [state, keys] of [
    ['the slide', []],
    ['the notes panel', ['n']],
    ['the overview', ['n', 'o']],
    ['the key help', ['?']]
  ] as const) {
    test(`axe reports no violations in ${state}`, async ({ page }) => {
      await openPresenter(page, 'pokrovsk-losses');
      for (const key of keys) await page.keyboard.press(key);
      expect(await axeViolations(page)).toEqual([]);
    });
  }

  test('axe reports no violations in the notes window', async ({ page }) => {
    await page.goto('/present/notes/#step-mine');
    await expect(notesWindow(page)).toHaveAttribute('data-ready', 'true');
    expect(await axeViolations(page)).toEqual([]);
  });
});

for (const viewport of [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 }
]) {
  test.describe(`readable at ${viewport.width}×${viewport.height}`, () => {
    test.skip(({ isMobile }) => isMobile, 'projector sizes');
    test.use({ viewport });

    test('every step’s text fits without scrolling, in large type', async ({ page }) => {
      await openPresenter(page);
      const minimum = viewport.height >= 1080 ? 32 : 24;
      for (const id of stepIds) {
        await expect(deck(page)).toHaveAttribute('data-step-id', id);
        const { overflow, size } = await page.locator('.slide .text').evaluate((el) => ({
          overflow: el.scrollHeight - el.clientHeight,
          size: parseFloat(getComputedStyle(el.querySelector('.claim')!).fontSize)
        }));
        expect(overflow, `step ${id} overflows`).toBeLessThanOrEqual(1);
        expect(size, `step ${id} font size`).toBeGreaterThanOrEqual(minimum);
        await page.keyboard.press('ArrowRight');
      }
    });
  });
}

test.describe('touch', () => {
  test.skip(({ hasTouch }) => !hasTouch, 'needs a touch screen');

  async function swipe(page: Page, dx: number) {
    await page.evaluate((dx) => {
      const target = document.querySelector('.slide .text')!;
      const touch = (x: number) => new Touch({ identifier: 1, target, clientX: x, clientY: 300 });
      target.dispatchEvent(new TouchEvent('touchstart', { touches: [touch(200)], changedTouches: [touch(200)], bubbles: true }));
      target.dispatchEvent(new TouchEvent('touchend', { touches: [], changedTouches: [touch(200 + dx)], bubbles: true }));
    }, dx);
  }

  test('a left swipe goes on one step, a right swipe back, a short one nowhere', async ({ page }) => {
    await openPresenter(page, stepIds[3]);
    await swipe(page, -150);
    await expectStep(page, stepIds[4]!);
    await swipe(page, 150);
    await expectStep(page, stepIds[3]!);
    await swipe(page, -20);
    await expectStep(page, stepIds[3]!);
  });
});

test('the story links to presenter mode and the handout', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Present it in class' }).click();
  await expect(deck(page)).toHaveAttribute('data-ready', 'true');
  await page.goto('/');
  await expect(page.getByRole('link', { name: 'Printable handout' })).toHaveAttribute('href', '/print/');
});
