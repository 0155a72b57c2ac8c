import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createFileLogger } from '../../core/logger.js';
import { startNodeHost } from '../../hosts/node/server.js';
import { UsageError, type Command } from '../command.js';

/** The built renderer sits beside the bundled CLI (dist/main → dist/renderer). */
const rendererDir = (): string => path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../renderer');

export const serveCommand: Command = {
  name: 'serve',
  usage: ['serve [--port N]             Start the browser host on 127.0.0.1 and print its URL'],
  flags: [{ name: '--port', value: true }],
  async run(ctx) {
    if (ctx.args.length > 0) throw new UsageError('serve takes no arguments');
    const port = ctx.intFlag('--port', 0, 0, 65535);
    const dir = rendererDir();
    if (!existsSync(path.join(dir, 'index.html'))) {
      throw new Error(`The renderer is not built (${dir}); run "npm run build" first`);
    }
    const host = await startNodeHost({ core: ctx.core(), rendererDir: dir, port, logger: createFileLogger(ctx.dataDir) });
    process.stdout.write(`Rapport is running at ${host.url}\n`);
    await new Promise<void>((resolve) => {
      process.once('SIGINT', resolve);
      process.once('SIGTERM', resolve);
    });
    await host.close();
    return 0;
  },
};
