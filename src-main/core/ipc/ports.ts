/** Ports the hosts provide; the core only sees these shapes. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

export interface Logger {
  info(message: string, fields?: Record<string, string | number | boolean>): void;
  error(message: string, fields?: Record<string, string | number | boolean>): void;
}

export const silentLogger: Logger = { info: () => undefined, error: () => undefined };

/** Lets long jobs give the event loop a turn so no single task holds it for long. */
export const yieldToLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));
