/**
 * Tells other tabs of the same app what this tab stored, so a tab showing a network that another
 * tab has just saved can say so at once instead of at its next save.
 */
export type TabMessage =
  | { kind: 'saved'; id: string; version: number }
  | { kind: 'deleted'; id: string }
  | { kind: 'cleared' };

export interface TabChannel {
  post(message: TabMessage): void;
  listen(listener: (message: TabMessage) => void): () => void;
  close(): void;
}

export const CHANNEL_NAME = 'netzwerkkarte-storage';

/** A BroadcastChannel between the tabs of this origin, or null where the browser has none. */
export function broadcastChannel(name = CHANNEL_NAME): TabChannel | null {
  if (typeof BroadcastChannel === 'undefined') return null;
  const channel = new BroadcastChannel(name);
  return {
    post: (message) => channel.postMessage(message),
    listen(listener) {
      const receive = (event: MessageEvent<TabMessage>) => listener(event.data);
      channel.addEventListener('message', receive);
      return () => channel.removeEventListener('message', receive);
    },
    close: () => channel.close(),
  };
}
