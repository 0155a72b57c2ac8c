import type { IpcMain } from 'electron';
import { ELECTRON_EVENT_CHANNEL, ELECTRON_INVOKE_CHANNEL } from '../../../src-shared/ipc/bridge.js';
import { err, type Result } from '../../../src-shared/ipc/result.js';
import type { EventName, EventPayload } from '../../../src-shared/ipc/events.js';
import type { Core } from '../../core/core.js';
import type { Logger } from '../../core/ipc/ports.js';
import { isAppUrl, isTrustedSenderFrame } from './policy.js';

/** The parts of a WebContents the transport touches (a real one satisfies it; tests pass a fake). */
export interface RendererTarget {
  readonly id: number;
  isDestroyed(): boolean;
  getURL(): string;
  send(channel: string, ...args: unknown[]): void;
}

/** The parts of an IpcMainInvokeEvent the sender check reads. */
export interface InvokeEventLike {
  readonly sender: { readonly id: number };
  readonly senderFrame: { readonly url: string; readonly origin: string; readonly parent: unknown } | null;
}

/** Windows we created. Only their web contents may call the core or receive its events. */
export class RendererRegistry {
  private readonly targets = new Map<number, RendererTarget>();

  add(target: RendererTarget): void {
    this.targets.set(target.id, target);
  }
  delete(id: number): void {
    this.targets.delete(id);
  }
  has(id: number): boolean {
    return this.targets.has(id);
  }
  all(): RendererTarget[] {
    return [...this.targets.values()];
  }
}

const MAX_CHANNEL_LENGTH = 128;

/**
 * Who may call: a web contents we created, and within it only the top frame showing our own origin. The
 * frame is read per call because a page can navigate (it should not be able to, but this check does not
 * rely on that).
 */
export function isTrustedInvoke(event: InvokeEventLike, registry: Pick<RendererRegistry, 'has'>): boolean {
  if (!registry.has(event.sender.id)) return false;
  let frame: InvokeEventLike['senderFrame'];
  try {
    frame = event.senderFrame;
  } catch {
    // Electron throws or returns null for a frame that navigated away or was destroyed mid-call.
    return false;
  }
  if (!frame) return false;
  return isTrustedSenderFrame({ url: frame.url, origin: frame.origin, isMainFrame: frame.parent === null });
}

export interface InvokeHandlerOptions {
  dispatch: Core['dispatch'];
  registry: Pick<RendererRegistry, 'has'>;
  logger: Logger;
}

/** The one `ipcMain.handle` body: check the sender, then hand the call to the core's dispatcher. */
export function createInvokeHandler(options: InvokeHandlerOptions) {
  return async (event: InvokeEventLike, channel: unknown, payload: unknown): Promise<Result<unknown>> => {
    if (!isTrustedInvoke(event, options.registry)) {
      options.logger.error('ipc refused: untrusted sender', { sender: event.sender.id });
      return err('unauthorized', 'This page may not call Rapport');
    }
    if (typeof channel !== 'string' || channel.length === 0 || channel.length > MAX_CHANNEL_LENGTH) {
      return err('unknown_channel', 'The channel name must be a short string');
    }
    const started = performance.now();
    const result = await options.dispatch(channel, payload);
    // Channel, outcome and timing only: payloads can carry personal data.
    options.logger.info('ipc', {
      channel,
      ok: result.ok,
      code: result.ok ? '' : result.error.code,
      ms: Math.round(performance.now() - started),
    });
    return result;
  };
}

export interface IpcOptions extends InvokeHandlerOptions {
  ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>;
}

/** Registers the single invoke channel; returns the function that removes it. */
export function registerIpc(options: IpcOptions): () => void {
  options.ipcMain.handle(ELECTRON_INVOKE_CHANNEL, createInvokeHandler(options));
  return () => options.ipcMain.removeHandler(ELECTRON_INVOKE_CHANNEL);
}

/**
 * Pushes every core event to our windows, but only while they show our own page: a window that somehow
 * ended up elsewhere must not receive vault data.
 */
export function forwardEvents(subscribe: Core['subscribe'], registry: Pick<RendererRegistry, 'all'>): () => void {
  return subscribe((name, payload) => sendEvent(registry, name, payload));
}

/** One event to every window showing our page (core events, and the shell's own such as app:open-route). */
export function sendEvent<E extends EventName>(registry: Pick<RendererRegistry, 'all'>, name: E, payload: EventPayload<E>): void {
  for (const target of registry.all()) {
    if (target.isDestroyed() || !isAppUrl(target.getURL())) continue;
    target.send(ELECTRON_EVENT_CHANNEL, name, payload);
  }
}
