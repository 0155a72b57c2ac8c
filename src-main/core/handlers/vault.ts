import { defineHandlers } from '../ipc/handlers.js';

export const vaultHandlers = defineHandlers({
  'vault:get-status': (_req, ctx) => ctx.vault.status(),
  'vault:create': (req, ctx) => ctx.vault.create({ passphrase: req.passphrase, useKeychain: req.useKeychain }),
  'vault:unlock': (req, ctx) => ctx.vault.unlock({ passphrase: req.passphrase }),
  'vault:lock': (_req, ctx) => ctx.vault.lock(),
  'vault:change-passphrase': (req, ctx) => ctx.vault.changePassphrase(req.current, req.next),
  'vault:rekey-database': async (req, ctx) => {
    const status = await ctx.vault.rekeyDatabase({ passphrase: req.passphrase });
    return { status, rekeyedAt: ctx.clock.now().toISOString() };
  },
});
