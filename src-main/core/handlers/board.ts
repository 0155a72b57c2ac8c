import { defineHandlers } from '../ipc/handlers.js';
import { getBoard } from '../services/board.js';

export const boardHandlers = defineHandlers({
  'board:get-board': (req, ctx) => getBoard(ctx.vault.database(), req.jobId),
});
