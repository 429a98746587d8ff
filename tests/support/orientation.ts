import type { Page } from 'playwright-core';

/**
 * Closes the short orientation that a first visit shows (a fresh browser profile is one), when it
 * shows: the app decides before it opens the first network, so it is up by the time the key
 * figures are.
 */
export async function closeOrientation(page: Page): Promise<void> {
  const orientation = page.getByRole('dialog', { name: 'Willkommen bei der Netzwerkkarte' });
  if (await orientation.isVisible())
    await orientation.getByRole('button', { name: 'Los geht’s' }).click();
}
