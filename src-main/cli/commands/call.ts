import { z } from 'zod';
import { channelNames, contract, isChannelName } from '../../../src-shared/ipc/contract.js';
import { UsageError, type Command } from '../command.js';

/** Channels that work on a locked or absent vault; every other call unlocks first. */
const NO_UNLOCK = (channel: string) => channel.startsWith('vault:') || channel === 'app:get-info';

export const callCommand: Command = {
  name: 'call',
  usage: [
    "call <channel> ['<json>']    Invoke any channel and print its Result as JSON (exit 0 only when ok)",
    'call --list                  Every channel with its request and response schemas (JSON Schema)',
  ],
  flags: [{ name: '--list', value: false }],
  async run(ctx) {
    if (ctx.flags.has('--list')) {
      if (ctx.args.length > 0) throw new UsageError('call --list takes no channel');
      ctx.print({
        channels: channelNames.map((name) => ({
          channel: name,
          request: z.toJSONSchema(contract[name].req, { io: 'input', unrepresentable: 'any' }),
          response: z.toJSONSchema(contract[name].res, { io: 'output', unrepresentable: 'any' }),
        })),
      });
      return 0;
    }
    const [channel, json, ...rest] = ctx.args;
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
    if (isChannelName(channel) && !NO_UNLOCK(channel)) {
      const locked = await ctx.unlock();
      if (locked) return ctx.fail(locked);
    }
    const result = await ctx.core().dispatch(channel, payload);
    ctx.print(result);
    return result.ok ? 0 : 1;
  },
};
