import { act, screen, waitFor } from '@testing-library/react';

/**
 * Waits until no task of the worker is running on the page any more: no progress bar shows and no
 * finding is held inert while it is computed anew. One turn of the event loop first, so that a task
 * an effect or a timer is about to start has started (a check before it would pass at once).
 */
export async function computed(): Promise<void> {
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
  await waitFor(() => {
    if (screen.queryByRole('progressbar') !== null || document.querySelector('[aria-busy="true"]'))
      throw new Error('still computing');
  });
}
