import { defineHandlers } from '../ipc/handlers.js';

export const vaultHandlers = defineHandlers({
  'vault:get-status': (_req, ctx) => ctx.vault.status(),
  'vault:create': (req, ctx) => ctx.vault.create({ passphrase: req.passphrase, useKeychain: req.useKeychain }),
  'vault:unlock': (req, ctx) => ctx.vault.unlock({ passphrase: req.passphrase }),
  // The search reader's connection goes first, so the main connection's close is the last one (it checkpoints
  // and removes the WAL) and the rekey has the file to itself.
  'vault:lock': (_req, ctx) => (ctx.searchReader ? ctx.searchReader.hold(() => ctx.vault.lock()) : ctx.vault.lock()),
  'vault:change-passphrase': (req, ctx) => ctx.vault.changePassphrase(req.current, req.next),
  'vault:rekey-database': async (req, ctx) => {
    const rekey = () => ctx.vault.rekeyDatabase({ passphrase: req.passphrase });
    const status = ctx.searchReader ? await ctx.searchReader.hold(rekey) : await rekey();
    ctx.searchReader?.start();
    return { status, rekeyedAt: ctx.clock.now().toISOString() };
  },
});
