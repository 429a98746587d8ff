import { screen, waitFor } from '@testing-library/react';

/** Waits until no task of the worker is running on the page any more (no progress bar shows). */
export async function computed(): Promise<void> {
  await waitFor(() => {
    if (screen.queryByRole('progressbar') !== null) throw new Error('still computing');
  });
}
