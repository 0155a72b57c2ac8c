import type { Result } from './result.js';

/**
 * What the Electron preload exposes as `window.rapport` (contextBridge). The HTTP transport of the
 * browser host implements the same two functions, so the renderer's client does not care which it has.
 */
export interface RapportBridge {
  invoke(channel: string, payload: unknown): Promise<Result<unknown>>;
  /** Subscribes to a pushed event; returns the unsubscribe function. */
  on(event: string, listener: (payload: unknown) => void): () => void;
}

export const BRIDGE_GLOBAL = 'rapport';
/** The single ipcMain channel that carries every contract call, and the one that carries pushed events. */
export const ELECTRON_INVOKE_CHANNEL = 'rapport:invoke';
export const ELECTRON_EVENT_CHANNEL = 'rapport:event';
