// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from '../../../src/app/components/ErrorBoundary';

afterEach(cleanup);

function View({ broken }: { broken: boolean }) {
  if (broken) throw new Error('Ansicht kaputt');
  return <p>Ansicht</p>;
}

const fallback = (message: string, retry: () => void) => (
  <div role="alert">
    {message}
    <button type="button" onClick={retry}>
      Erneut versuchen
    </button>
  </div>
);

describe('a view that breaks', () => {
  it('shows its error in place of the view, and the view again after a retry', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { rerender } = render(
      <ErrorBoundary fallback={fallback} resetKey={1}>
        <View broken />
      </ErrorBoundary>,
    );
    expect(screen.getByRole('alert').textContent).toContain('Ansicht kaputt');
    rerender(
      <ErrorBoundary fallback={fallback} resetKey={1}>
        <View broken={false} />
      </ErrorBoundary>,
    );
    expect(screen.getByRole('alert')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Erneut versuchen' }));
    expect(screen.getByText('Ansicht')).toBeTruthy();
  });

  it('is tried again by itself when the network changes (an edit or undo)', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { rerender } = render(
      <ErrorBoundary fallback={fallback} resetKey={1}>
        <View broken />
      </ErrorBoundary>,
    );
    expect(screen.getByRole('alert')).toBeTruthy();
    rerender(
      <ErrorBoundary fallback={fallback} resetKey={2}>
        <View broken={false} />
      </ErrorBoundary>,
    );
    expect(screen.getByText('Ansicht')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
