import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { MIN_PASSPHRASE_LENGTH } from '../../src-shared/domain/vault.js';
import { channelNames, contract, isChannelName } from '../../src-shared/ipc/contract.js';
import type { Result } from '../../src-shared/ipc/result.js';
import { createCore, type Core } from '../core/core.js';
import { createFileLogger } from '../core/logger.js';
import { defaultDataDir } from '../core/paths.js';
import { startNodeHost } from '../hosts/node/server.js';
import { promptSecret } from './prompt.js';

export const USAGE = `Usage: rapport [--data-dir DIR] <command> [options]

Commands:
  init                         Create a new encrypted vault (asks for a passphrase)
  serve [--port N]             Start the browser host on 127.0.0.1 and print its URL
  demo [--candidates N] [--seed N]
                               Load a realistic sample agency into an empty vault
  call <channel> ['<json>']    Invoke any channel and print its Result as JSON (exit 0 only when ok)
  call --list                  Every channel with its request and response schemas (JSON Schema)
  help                         Show this help

Global options:
  --data-dir DIR               Vault folder (default: ${defaultDataDir()})

The passphrase comes from RAPPORT_PASSPHRASE or, in a terminal, from a prompt.`;

class UsageError extends Error {}

interface Parsed {
  dataDir: string;
  command: string;
  args: string[];
  flags: Map<string, string | true>;
}

const VALUE_FLAGS = new Set(['--data-dir', '--port', '--candidates', '--seed']);
const BOOL_FLAGS = new Set(['--list', '--help']);

export function parseArgs(argv: string[]): Parsed {
  const flags = new Map<string, string | true>();
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '-h') {
      flags.set('--help', true);
    } else if (arg.startsWith('--')) {
      const [name, inline] = arg.split(/=(.*)/s, 2) as [string, string | undefined];
      if (VALUE_FLAGS.has(name)) {
        const value = inline ?? argv[++i];
        if (value === undefined || value === '') throw new UsageError(`${name} needs a value`);
        flags.set(name, value);
      } else if (BOOL_FLAGS.has(name)) {
        flags.set(name, true);
      } else {
        throw new UsageError(`Unknown option ${name}`);
      }
    } else {
      positional.push(arg);
    }
  }
  const dataDirFlag = flags.get('--data-dir');
  return {
    dataDir: typeof dataDirFlag === 'string' ? path.resolve(dataDirFlag) : defaultDataDir(),
    command: positional[0] ?? (flags.has('--help') ? 'help' : ''),
    args: positional.slice(1),
    flags,
  };
}

const intFlag = (parsed: Parsed, name: string, fallback: number, min: number, max: number): number => {
  const raw = parsed.flags.get(name);
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) throw new UsageError(`${name} must be a whole number from ${min} to ${max}`);
  return n;
};

const allowedFlags: Record<string, string[]> = {
  init: [],
  serve: ['--port'],
  demo: ['--candidates', '--seed'],
  call: ['--list'],
  help: [],
};

function checkFlags(parsed: Parsed): void {
  const allowed = new Set(['--data-dir', '--help', ...(allowedFlags[parsed.command] ?? [])]);
  for (const name of parsed.flags.keys()) {
    if (!allowed.has(name)) throw new UsageError(`${name} does not apply to "${parsed.command}"`);
  }
}

async function passphrase(confirm: boolean): Promise<string> {
  const fromEnv = process.env.RAPPORT_PASSPHRASE;
  if (fromEnv !== undefined && fromEnv !== '') return fromEnv;
  const first = await promptSecret('Passphrase: ');
  if (confirm) {
    const second = await promptSecret('Repeat passphrase: ');
    if (first !== second) throw new Error('The passphrases do not match');
  }
  return first;
}

function rendererDir(): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  return path.resolve(here, '../renderer');
}

const print = (value: unknown) => process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);

async function unlocked(core: Core): Promise<Result<unknown> | null> {
  const status = await core.vault.status();
  if (status.state === 'absent') {
    return { ok: false, error: { code: 'vault_missing', message: `No vault in ${status.dataDir}. Run "rapport init" first.` } };
  }
  if (status.state === 'locked') {
    const result = await core.dispatch(
      'vault:unlock',
      status.protection === 'passphrase' ? { passphrase: await passphrase(false) } : {},
    );
    if (!result.ok) return result;
  }
  return null;
}

/** Runs one CLI invocation; resolves to the process exit code (0 ok, 1 failed, 2 usage). */
export async function run(argv: string[]): Promise<number> {
  let parsed: Parsed;
  try {
    parsed = parseArgs(argv);
    if (parsed.command === '' || parsed.command === 'help' || parsed.flags.has('--help')) {
      process.stdout.write(`${USAGE}\n`);
      return parsed.command === '' ? 2 : 0;
    }
    if (!(parsed.command in allowedFlags)) throw new UsageError(`Unknown command "${parsed.command}"`);
    checkFlags(parsed);
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`rapport: ${error.message}\n\n${USAGE}\n`);
      return 2;
    }
    throw error;
  }

  try {
    return await execute(parsed);
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`rapport: ${error.message}\n\n${USAGE}\n`);
      return 2;
    }
    process.stderr.write(`rapport: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}

async function execute(parsed: Parsed): Promise<number> {
  if (parsed.command === 'call' && parsed.flags.has('--list')) {
    if (parsed.args.length > 0) throw new UsageError('call --list takes no channel');
    print({
      channels: channelNames.map((name) => ({
        channel: name,
        request: z.toJSONSchema(contract[name].req, { io: 'input', unrepresentable: 'any' }),
        response: z.toJSONSchema(contract[name].res, { io: 'output', unrepresentable: 'any' }),
      })),
    });
    return 0;
  }

  const core = createCore({ dataDir: parsed.dataDir, host: parsed.command === 'serve' ? 'node' : 'cli', logger: createFileLogger(parsed.dataDir) });
  try {
    switch (parsed.command) {
      case 'init': {
        if (parsed.args.length > 0) throw new UsageError('init takes no arguments');
        const pass = await passphrase(true);
        if (pass.length < MIN_PASSPHRASE_LENGTH) throw new Error(`Use at least ${MIN_PASSPHRASE_LENGTH} characters`);
        const result = await core.dispatch('vault:create', { passphrase: pass });
        if (!result.ok) return fail(result);
        process.stdout.write(`Created an encrypted vault in ${parsed.dataDir}\n`);
        return 0;
      }
      case 'demo': {
        if (parsed.args.length > 0) throw new UsageError('demo takes no arguments');
        const candidates = intFlag(parsed, '--candidates', 400, 1, 200_000);
        const seed = intFlag(parsed, '--seed', 42, 0, 2 ** 31 - 1);
        const locked = await unlocked(core);
        if (locked) return fail(locked);
        let last = 0;
        core.subscribe((name, payload) => {
          if (name !== 'job:progress') return;
          const p = payload as { done: number; total: number };
          const pct = Math.floor((100 * p.done) / Math.max(1, p.total));
          if (process.stderr.isTTY && pct !== last) process.stderr.write(`\rLoading sample agency… ${pct}%`);
          last = pct;
        });
        const result = await core.dispatch('demo:load-sample', { candidates, seed });
        if (process.stderr.isTTY) process.stderr.write('\n');
        if (!result.ok) return fail(result);
        print(result.value);
        return 0;
      }
      case 'call': {
        const [channel, json, ...rest] = parsed.args;
        if (!channel) throw new UsageError('call needs a channel name (see "rapport call --list")');
        if (rest.length > 0) throw new UsageError('Quote the JSON request as one argument');
        let payload: unknown = {};
        if (json !== undefined) {
          try {
            payload = JSON.parse(json);
          } catch {
            throw new UsageError(`The request for ${channel} is not valid JSON`);
          }
        }
        if (isChannelName(channel) && !channel.startsWith('vault:') && channel !== 'app:get-info') {
          const locked = await unlocked(core);
          if (locked) return fail(locked);
        }
        const result = await core.dispatch(channel, payload);
        print(result);
        return result.ok ? 0 : 1;
      }
      case 'serve': {
        if (parsed.args.length > 0) throw new UsageError('serve takes no arguments');
        const port = intFlag(parsed, '--port', 0, 0, 65535);
        const dir = rendererDir();
        if (!existsSync(path.join(dir, 'index.html'))) {
          throw new Error(`The renderer is not built (${dir}); run "npm run build" first`);
        }
        const host = await startNodeHost({ core, rendererDir: dir, port, logger: createFileLogger(parsed.dataDir) });
        process.stdout.write(`Rapport is running at ${host.url}\n`);
        await new Promise<void>((resolve) => {
          const stop = () => resolve();
          process.once('SIGINT', stop);
          process.once('SIGTERM', stop);
        });
        await host.close();
        return 0;
      }
      default:
        throw new UsageError(`Unknown command "${parsed.command}"`);
    }
  } finally {
    await core.close();
  }
}

function fail(result: Result<unknown>): number {
  if (!result.ok) process.stderr.write(`rapport: ${result.error.message} (${result.error.code})\n`);
  return 1;
}
