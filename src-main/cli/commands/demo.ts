import { UsageError, type Command } from '../command.js';

export const demoCommand: Command = {
  name: 'demo',
  usage: ['demo [--candidates N] [--seed N]', '                             Load a realistic sample agency into an empty vault'],
  flags: [
    { name: '--candidates', value: true },
    { name: '--seed', value: true },
  ],
  async run(ctx) {
    if (ctx.args.length > 0) throw new UsageError('demo takes no arguments');
    const candidates = ctx.intFlag('--candidates', 400, 1, 200_000);
    const seed = ctx.intFlag('--seed', 42, 0, 2 ** 31 - 1);
    const locked = await ctx.unlock();
    if (locked) return ctx.fail(locked);
    let last = -1;
    ctx.core().subscribe((name, payload) => {
      if (name !== 'job:progress' || !process.stderr.isTTY) return;
      const p = payload as { done: number; total: number };
      const pct = Math.floor((100 * p.done) / Math.max(1, p.total));
      if (pct !== last) process.stderr.write(`\rLoading sample agency… ${pct}%`);
      last = pct;
    });
    const result = await ctx.core().dispatch('demo:load-sample', { candidates, seed });
    if (process.stderr.isTTY) process.stderr.write('\n');
    if (!result.ok) return ctx.fail(result);
    ctx.print(result.value);
    return 0;
  },
};
