import { defineHandlers } from '../ipc/handlers.js';
import { getBoard, reorderCard } from '../services/board.js';
import { writeContext } from './write-context.js';

export const boardHandlers = defineHandlers({
  'board:get-board': (req, ctx) => getBoard(ctx.vault.database(), req.jobId),
  'board:reorder-card': (req, ctx) => reorderCard(ctx.vault.database(), req, writeContext(ctx)),
});
