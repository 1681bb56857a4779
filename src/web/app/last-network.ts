// Remembers the network last opened, so admin pages (outside /n/:networkId) still know which network the menu is about.
import { useSyncExternalStore } from 'react';

const storageKey = 'netwerkregie.lastNetwork';
const listeners = new Set<() => void>();

function read(): string | null {
  try {
    return window.localStorage.getItem(storageKey);
  } catch {
    return null;
  }
}

export function rememberNetwork(networkId: string): void {
  if (read() === networkId) return;
  try {
    window.localStorage.setItem(storageKey, networkId);
  } catch {
    // Storage unavailable: nothing to remember.
  }
  for (const listener of listeners) listener();
}

export function useRememberedNetwork(): string | null {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    read,
    () => null,
  );
}
