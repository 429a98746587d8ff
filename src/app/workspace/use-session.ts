import { useStore } from 'zustand';
import type { Session } from '../session/session';
import type { SessionView } from '../session/view';

/** One part of what the session shows, re-rendering only when that part changes. */
export function useSessionView<T>(session: Session, select: (view: SessionView) => T): T {
  return useStore(session.view, select);
}
