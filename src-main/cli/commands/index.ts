import type { Command } from '../command.js';
import { callCommand } from './call.js';
import { demoCommand } from './demo.js';
import { exportCommand } from './export.js';
import { importCommand } from './import.js';
import { reportCommand } from './report.js';
import { initCommand } from './init.js';
import { searchCommand } from './search.js';
import { segmentCommand } from './segment.js';
import { serveCommand } from './serve.js';

/** Every CLI command, in help order. Add a command by adding its file and one entry here. */
export const commands: readonly Command[] = [initCommand, serveCommand, demoCommand, callCommand, searchCommand, importCommand, exportCommand, segmentCommand, reportCommand];
