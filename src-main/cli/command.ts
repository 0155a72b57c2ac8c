import type { Result } from '../../src-shared/ipc/result.js';
import type { Core } from '../core/core.js';

/** Bad arguments: the CLI prints usage and exits 2. */
export class UsageError extends Error {}

export interface FlagSpec {
  name: `--${string}`;
  /** true: takes a value (`--port 8080` or `--port=8080`); false: a switch. */
  value: boolean;
}

export interface Invocation {
  dataDir: string;
  args: string[];
  flags: Map<string, string | true>;
}

export interface CommandContext extends Invocation {
  /** The core for this invocation, created on first use and closed when the command ends. */
  core(): Core;
  /** Unlocks the vault (passphrase from RAPPORT_PASSPHRASE or a prompt); returns a failed Result or null. */
  unlock(): Promise<Result<unknown> | null>;
  passphrase(confirm: boolean): Promise<string>;
  print(value: unknown): void;
  /** Prints a failed Result's message to stderr; returns exit code 1. */
  fail(result: Result<unknown>): number;
  intFlag(name: string, fallback: number, min: number, max: number): number;
  stringFlag(name: string): string | undefined;
}

export interface Command {
  name: string;
  /** Usage lines for the help text, e.g. `serve [--port N]   Start the browser host`. */
  usage: string[];
  flags: FlagSpec[];
  run(ctx: CommandContext): Promise<number>;
}
