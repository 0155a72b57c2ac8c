import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Result } from '../../src-shared/ipc/result.js';
import { createCore, type Core } from '../core/core.js';
import { createFileLogger } from '../core/logger.js';
import { defaultDataDir } from '../core/paths.js';
import { UsageError, type Command, type CommandContext, type FlagSpec, type Invocation } from './command.js';
import { commands } from './commands/index.js';
import { promptSecret } from './prompt.js';

const GLOBAL_FLAGS: FlagSpec[] = [
  { name: '--data-dir', value: true },
  { name: '--help', value: false },
];

export function usage(): string {
  return [
    'Usage: rapport [--data-dir DIR] <command> [options]',
    '',
    'Commands:',
    ...commands.flatMap((c) => c.usage.map((line) => `  ${line}`)),
    '  help                         Show this help',
    '',
    'Global options:',
    `  --data-dir DIR               Vault folder (default: ${defaultDataDir()})`,
    '',
    'The passphrase comes from RAPPORT_PASSPHRASE or, in a terminal, from a prompt.',
  ].join('\n');
}

/** Splits argv into the command, its positional arguments and its flags, checking each flag against the command. */
export function parseArgs(argv: string[]): Invocation & { command: Command | 'help' | null } {
  const name = argv.find((a) => !a.startsWith('-') && a !== '') ?? null;
  const wantsHelp = argv.includes('--help') || argv.includes('-h');
  if (name === 'help' || (name === null && wantsHelp)) return { command: 'help', dataDir: defaultDataDir(), args: [], flags: new Map() };
  // The data-dir value could be mistaken for the command name; resolve flags first.
  const command = findCommand(argv);
  const specs = new Map<string, FlagSpec>([...GLOBAL_FLAGS, ...(command?.flags ?? [])].map((f) => [f.name, f]));
  const flags = new Map<string, string | true>();
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    // The usual end of options: what follows is taken as it is (a search for "--remote" or "-contractor").
    if (arg === '--') {
      positional.push(...argv.slice(i + 1));
      break;
    }
    if (arg === '-h') {
      flags.set('--help', true);
      continue;
    }
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const flagName = eq === -1 ? arg : arg.slice(0, eq);
    const spec = specs.get(flagName);
    if (!spec) throw new UsageError(command ? `${flagName} does not apply to "${command.name}"` : `Unknown option ${flagName}`);
    if (spec.value) {
      const value = eq === -1 ? argv[++i] : arg.slice(eq + 1);
      if (value === undefined || value === '') throw new UsageError(`${flagName} needs a value`);
      flags.set(flagName, value);
    } else {
      if (eq !== -1) throw new UsageError(`${flagName} takes no value`);
      flags.set(flagName, true);
    }
  }
  const dataDir = flags.get('--data-dir');
  if (positional.length === 0) return { command: null, dataDir: defaultDataDir(), args: [], flags };
  if (!command) throw new UsageError(`Unknown command "${positional[0]}"`);
  return {
    command: flags.has('--help') ? 'help' : command,
    dataDir: typeof dataDir === 'string' ? path.resolve(dataDir) : defaultDataDir(),
    args: positional.slice(1),
    flags,
  };
}

function findCommand(argv: string[]): Command | null {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--data-dir') {
      i++;
      continue;
    }
    if (arg.startsWith('-')) continue;
    return commands.find((c) => c.name === arg) ?? null;
  }
  return null;
}

/** Runs one CLI invocation; resolves to the process exit code (0 ok, 1 failed, 2 usage). */
export async function run(argv: string[]): Promise<number> {
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs(argv);
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`rapport: ${error.message}\n\n${usage()}\n`);
      return 2;
    }
    throw error;
  }
  if (parsed.command === 'help') {
    process.stdout.write(`${usage()}\n`);
    return 0;
  }
  if (parsed.command === null) {
    process.stderr.write(`${usage()}\n`);
    return 2;
  }
  const ctx = createContext(parsed, parsed.command);
  try {
    return await parsed.command.run(ctx);
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`rapport: ${error.message}\n\n${usage()}\n`);
      return 2;
    }
    process.stderr.write(`rapport: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  } finally {
    await ctx.closeCore();
  }
}

function createContext(invocation: Invocation, command: Command): CommandContext & { closeCore(): Promise<void> } {
  let core: Core | null = null;
  const getCore = (): Core => {
    core ??= createCore({
      dataDir: invocation.dataDir,
      host: command.name === 'serve' ? 'node' : 'cli',
      // Built next to this bundle (dist/main); a source run without a build imports in-process.
      workerScript: path.join(path.dirname(fileURLToPath(import.meta.url)), 'vault-worker.mjs'),
      logger: createFileLogger(invocation.dataDir),
    });
    return core;
  };
  const passphrase = async (confirm: boolean): Promise<string> => {
    const fromEnv = process.env.RAPPORT_PASSPHRASE;
    if (fromEnv !== undefined && fromEnv !== '') return fromEnv;
    const first = await promptSecret('Passphrase: ');
    if (confirm && first !== (await promptSecret('Repeat passphrase: '))) throw new Error('The passphrases do not match');
    return first;
  };
  const fail = (result: Result<unknown>): number => {
    if (!result.ok) process.stderr.write(`rapport: ${result.error.message} (${result.error.code})\n`);
    return 1;
  };
  return {
    ...invocation,
    core: getCore,
    passphrase,
    fail,
    print: (value) => process.stdout.write(`${JSON.stringify(value, null, 2)}\n`),
    async unlock() {
      const status = await getCore().vault.status();
      if (status.state === 'unlocked') return null;
      if (status.state === 'absent') {
        return { ok: false, error: { code: 'vault_missing', message: `No vault in ${status.dataDir}. Run "rapport init" first.` } };
      }
      if (status.protection === 'os-keychain') {
        return {
          ok: false,
          error: { code: 'unsupported', message: 'This vault is protected by the desktop app’s OS keychain; the CLI cannot open it.' },
        };
      }
      const result = await getCore().dispatch('vault:unlock', { passphrase: await passphrase(false) });
      return result.ok ? null : result;
    },
    intFlag(name, fallback, min, max) {
      const raw = invocation.flags.get(name);
      if (raw === undefined) return fallback;
      const n = Number(raw);
      if (!Number.isInteger(n) || n < min || n > max) throw new UsageError(`${name} must be a whole number from ${min} to ${max}`);
      return n;
    },
    stringFlag(name) {
      const raw = invocation.flags.get(name);
      return typeof raw === 'string' ? raw : undefined;
    },
    async closeCore() {
      if (core) await core.close();
    },
  };
}

// Run when this bundle is executed directly (`node dist/main/cli.mjs …`); the bin launcher imports it and calls run().
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  run(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
