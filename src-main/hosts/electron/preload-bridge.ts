// Bundled into the sandboxed preload: no node: imports here, only electron (passed in) and pure src-shared code.
import { ELECTRON_EVENT_CHANNEL, ELECTRON_INVOKE_CHANNEL, type RapportBridge } from '../../../src-shared/ipc/bridge.js';
import { err, type Result } from '../../../src-shared/ipc/result.js';

/** What the bridge needs from ipcRenderer (the real one satisfies it; tests pass a fake). */
export interface IpcRendererLike {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
}

const MAX_NAME_LENGTH = 128;
const validName = (name: unknown): name is string => typeof name === 'string' && name.length > 0 && name.length <= MAX_NAME_LENGTH;

/**
 * Exactly the RapportBridge: `invoke` and `on`, nothing else. The page never sees ipcRenderer or the IPC
 * event object (whose `sender` would hand it the raw IPC API), only plain values.
 */
export function createBridge(ipc: IpcRendererLike, report: (message: string, error: unknown) => void = console.error): RapportBridge {
  const listeners = new Map<string, Set<(payload: unknown) => void>>();

  // One IPC listener for all events, registered once: the page cannot add IPC listeners of its own.
  ipc.on(ELECTRON_EVENT_CHANNEL, (_event, name, payload) => {
    if (typeof name !== 'string') return;
    for (const listener of [...(listeners.get(name) ?? [])]) {
      try {
        listener(payload);
      } catch (error) {
        // One failing listener must not starve the others of the event.
        report(`A listener for "${name}" threw`, error);
      }
    }
  });

  return Object.freeze({
    invoke(channel: unknown, payload: unknown): Promise<Result<unknown>> {
      if (!validName(channel)) return Promise.resolve(err('unknown_channel', 'The channel name must be a short string'));
      return ipc.invoke(ELECTRON_INVOKE_CHANNEL, channel, payload).then(
        (result) => result as Result<unknown>,
        // Main answers every call with a Result; a rejection means the shell itself failed.
        () => err('internal', 'The desktop app did not answer; try again, or restart Rapport.'),
      );
    },
    on(event: unknown, listener: unknown): () => void {
      if (!validName(event)) throw new TypeError('on(event, listener): event must be a short string');
      if (typeof listener !== 'function') throw new TypeError('on(event, listener): listener must be a function');
      const fn = listener as (payload: unknown) => void;
      const set = listeners.get(event) ?? new Set<(payload: unknown) => void>();
      listeners.set(event, set);
      set.add(fn);
      return () => {
        set.delete(fn);
        if (set.size === 0 && listeners.get(event) === set) listeners.delete(event);
      };
    },
  });
}
