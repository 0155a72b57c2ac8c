import { MIN_PASSPHRASE_LENGTH } from '../../../src-shared/domain/vault.js';
import { UsageError, type Command } from '../command.js';

export const initCommand: Command = {
  name: 'init',
  usage: ['init                         Create a new encrypted vault (asks for a passphrase)'],
  flags: [],
  async run(ctx) {
    if (ctx.args.length > 0) throw new UsageError('init takes no arguments');
    const pass = await ctx.passphrase(true);
    if (pass.length < MIN_PASSPHRASE_LENGTH) throw new Error(`Use at least ${MIN_PASSPHRASE_LENGTH} characters`);
    const result = await ctx.core().dispatch('vault:create', { passphrase: pass });
    if (!result.ok) return ctx.fail(result);
    process.stdout.write(`Created an encrypted vault in ${ctx.dataDir}\n`);
    return 0;
  },
};
