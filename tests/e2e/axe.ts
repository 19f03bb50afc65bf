import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/**
 * An axe run that reports violations in full and skips the details of passes and inapplicable rules
 * (axe's own option for large pages): the tests only read `violations`, and the story page is long.
 */
export const axe = (page: Page) => new AxeBuilder({ page }).options({ resultTypes: ['violations'] });
