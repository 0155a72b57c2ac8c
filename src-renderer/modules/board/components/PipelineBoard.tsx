import { DndContext, DragOverlay, PointerSensor, useDroppable, useSensor, useSensors, type DragEndEvent, type DragStartEvent } from '@dnd-kit/core';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Divider from '@mui/material/Divider';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { memo, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { JobStage } from '../../../../src-shared/domain/job.js';
import type { BoardCard } from '../../../../src-shared/ipc/contracts/board.js';
import { useNavigationStore } from '../../../app/navigation-store.js';
import { filterCards, groupByStage, keepUnchanged, moveRequirement, neighbourStage } from '../board-logic.js';
import { useBoardStore, type MoveExtras } from '../store.js';
import { BoardCardView, CardBody, cardSx } from './BoardCardView.js';
import { MoveDialog, type PendingMove } from './MoveDialog.js';
import { StagesDialog } from './StagesDialog.js';

const COLUMN_WIDTH = 248;

interface ColumnProps {
  stage: JobStage;
  cards: BoardCard[];
  total: number;
  now: number;
  onOpenMenu(card: BoardCard, anchor: HTMLElement): void;
  onStep(card: BoardCard, step: -1 | 1): void;
}

const Column = memo(function Column({ stage, cards, total, now, onOpenMenu, onStep }: ColumnProps) {
  const { setNodeRef, isOver } = useDroppable({ id: `stage-${stage.id}`, data: { stageId: stage.id } });
  const headingId = `stage-heading-${stage.id}`;
  const closing = stage.type === 'hired' || stage.type === 'rejected' || stage.type === 'withdrawn';
  return (
    <Box
      component="section"
      aria-labelledby={headingId}
      data-stage-id={stage.id}
      sx={{
        width: COLUMN_WIDTH,
        flexShrink: 0,
        display: 'flex',
        flexDirection: 'column',
        borderRadius: 2,
        bgcolor: (t) => (t.palette.mode === 'light' ? (closing ? 'grey.200' : 'grey.100') : closing ? 'grey.900' : 'background.paper'),
        border: 2,
        borderColor: isOver ? 'primary.main' : 'transparent',
        minHeight: 0,
      }}
    >
      <Box sx={{ px: 1.5, pt: 1.25, pb: 1, display: 'flex', alignItems: 'baseline', gap: 1 }}>
        <Typography id={headingId} variant="subtitle2" component="h2" noWrap sx={{ flex: 1, fontWeight: 600 }} title={stage.name}>
          {stage.name}
        </Typography>
        <Typography variant="caption" color="text.secondary" aria-label={cards.length === total ? `${total} cards` : `${cards.length} of ${total} cards shown`}>
          {cards.length === total ? total : `${cards.length}/${total}`}
        </Typography>
      </Box>
      <Box
        ref={setNodeRef}
        role="list"
        aria-labelledby={headingId}
        sx={{ px: 1, pb: 1, display: 'grid', gridTemplateColumns: 'minmax(0, 1fr)', gap: 1, alignContent: 'start', overflowY: 'auto', flex: 1, minHeight: 80 }}
      >
        {cards.map((c) => (
          <Box role="listitem" key={c.id}>
            <BoardCardView card={c} now={now} onOpenMenu={onOpenMenu} onStep={onStep} />
          </Box>
        ))}
      </Box>
    </Box>
  );
});

/** The pipeline of one job: a column per stage, drag and drop (pointer) or the card menu / Alt+arrows (keyboard). */
export function PipelineBoard({ jobId }: { jobId: number }) {
  const { job, cards, loading, error, filter, load, setFilter, move } = useBoardStore();
  const [menu, setMenu] = useState<{ card: BoardCard; anchor: HTMLElement } | null>(null);
  const [pending, setPending] = useState<PendingMove | null>(null);
  const [stagesOpen, setStagesOpen] = useState(false);
  const [dragging, setDragging] = useState<BoardCard | null>(null);
  // One clock per load of the board, so every card's "days in stage" agrees — and a move re-renders only the moved
  // card (memoised cards keep their props), not all 500.
  const now = useMemo(() => Date.now(), [job]);

  useEffect(() => {
    void load(jobId);
  }, [jobId, load]);

  const stages = useMemo(() => (job ? [...job.stages].sort((a, b) => a.position - b.position) : []), [job]);
  const all = useMemo(() => groupByStage(stages, cards), [stages, cards]);
  const previous = useRef<Map<number, BoardCard[]> | null>(null);
  const shown = useMemo(() => (previous.current = keepUnchanged(previous.current, groupByStage(stages, filterCards(cards, filter)))), [stages, cards, filter]);

  const requestMove = useCallback(
    (card: BoardCard, stage: JobStage) => {
      if (card.stageId === stage.id) return;
      const need = moveRequirement(stage.type);
      if (need) {
        setPending({
          cardId: card.id,
          candidateName: card.candidateName,
          toStageId: stage.id,
          stageName: stage.name,
          need,
          defaultCurrency: useBoardStore.getState().job?.salaryCurrency ?? '',
          rejectCandidateId: stage.type === 'rejected' ? card.candidateId : undefined,
        });
      } else void move(card.id, stage.id);
    },
    [move],
  );

  const onOpenMenu = useCallback((card: BoardCard, anchor: HTMLElement) => setMenu({ card, anchor }), []);
  const onStep = useCallback(
    (card: BoardCard, step: -1 | 1) => {
      const target = neighbourStage(useBoardStore.getState().job?.stages ?? [], card.stageId, step);
      if (target) requestMove(card, target);
    },
    [requestMove],
  );

  // A small distance before a drag starts, so a click still opens the card menu.
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 6 } }));
  const onDragStart = (e: DragStartEvent) => {
    const id = (e.active.data.current as { cardId: number } | undefined)?.cardId;
    setDragging(cards.find((c) => c.id === id) ?? null);
  };
  const onDragEnd = (e: DragEndEvent) => {
    setDragging(null);
    const cardId = (e.active.data.current as { cardId: number } | undefined)?.cardId;
    const stageId = (e.over?.data.current as { stageId: number } | undefined)?.stageId;
    const card = cards.find((c) => c.id === cardId);
    const stage = stages.find((s) => s.id === stageId);
    if (card && stage) requestMove(card, stage);
  };

  const confirm = (extras: MoveExtras) => {
    const p = pending;
    setPending(null);
    if (p) void move(p.cardId, p.toStageId, extras);
  };

  const visible = filter.text || filter.minRating ? [...shown.values()].reduce((n, list) => n + list.length, 0) : cards.length;

  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', minHeight: 0 }}>
      <Box sx={{ display: 'flex', gap: 1.5, alignItems: 'center', mb: 1.5, flexWrap: 'wrap' }}>
        <TextField
          size="small"
          label="Filter cards"
          placeholder="Name, title or owner"
          value={filter.text}
          onChange={(e) => setFilter({ text: e.target.value })}
          sx={{ width: 260 }}
          slotProps={{ htmlInput: { 'data-board-filter': '' } }}
        />
        <TextField select size="small" label="Rating" value={filter.minRating} onChange={(e) => setFilter({ minRating: Number(e.target.value) })} sx={{ width: 140 }}>
          <MenuItem value={0}>Any</MenuItem>
          {[1, 2, 3, 4, 5].map((r) => (
            <MenuItem key={r} value={r}>
              {r}★ or better
            </MenuItem>
          ))}
        </TextField>
        <Typography variant="body2" color="text.secondary" role="status" sx={{ flex: 1 }}>
          {job ? `${visible} of ${cards.length} cards` : ''}
        </Typography>
        <Button variant="outlined" onClick={() => setStagesOpen(true)} disabled={!job}>
          Edit stages
        </Button>
      </Box>
      <Typography id="board-card-help" sx={{ display: 'none' }}>
        Press Enter to choose a stage to move to, or Alt plus Left or Right arrow to move one stage.
      </Typography>
      <Box sx={{ height: 4 }}>{loading ? <LinearProgress aria-label="Loading the board" /> : null}</Box>
      {error ? (
        <Alert severity="error" action={<Button color="inherit" size="small" onClick={() => void load(jobId)}>Retry</Button>}>
          {error.message}
        </Alert>
      ) : null}
      <DndContext
        sensors={sensors}
        onDragStart={onDragStart}
        onDragEnd={onDragEnd}
        onDragCancel={() => setDragging(null)}
        accessibility={{
          screenReaderInstructions: { draggable: 'Press Enter to choose a stage, or Alt plus an arrow key to move one stage.' },
          announcements: {
            onDragStart: () => 'Picked up a card.',
            onDragOver: ({ over }) => (over ? `Over ${stages.find((s) => `stage-${s.id}` === over.id)?.name ?? 'a stage'}.` : 'Not over a stage.'),
            onDragEnd: ({ over }) => (over ? `Dropped on ${stages.find((s) => `stage-${s.id}` === over.id)?.name ?? 'a stage'}.` : 'Dropped outside the board.'),
            onDragCancel: () => 'Move cancelled.',
          },
        }}
      >
        <Box
          role="region"
          aria-label="Pipeline board"
          tabIndex={0}
          sx={{ display: 'flex', gap: 1.5, overflowX: 'auto', pb: 1, height: 'calc(100vh - 318px)', minHeight: 340, alignItems: 'stretch' }}
        >
          {stages.map((s) => (
            <Column key={s.id} stage={s} cards={shown.get(s.id) ?? []} total={all.get(s.id)?.length ?? 0} now={now} onOpenMenu={onOpenMenu} onStep={onStep} />
          ))}
        </Box>
        <DragOverlay dropAnimation={null}>
          {dragging ? (
            <Box sx={{ ...cardSx, width: COLUMN_WIDTH - 16, boxShadow: 6, cursor: 'grabbing' }}>
              <CardBody card={dragging} now={now} />
            </Box>
          ) : null}
        </DragOverlay>
      </DndContext>
      <Menu
        anchorEl={menu?.anchor ?? null}
        open={menu !== null}
        onClose={() => setMenu(null)}
        slotProps={{ list: { 'aria-label': `Move ${menu?.card.candidateName ?? ''} to` } }}
      >
        {stages.map((s) => (
          <MenuItem
            key={s.id}
            disabled={s.id === menu?.card.stageId}
            onClick={() => {
              const card = menu!.card;
              setMenu(null);
              requestMove(card, s);
            }}
          >
            {s.name}
          </MenuItem>
        ))}
        <Divider />
        <MenuItem
          onClick={() => {
            const card = menu!.card;
            setMenu(null);
            useNavigationStore.getState().go('candidates', card.candidateId);
          }}
        >
          Open candidate profile
        </MenuItem>
      </Menu>
      <MoveDialog pending={pending} onCancel={() => setPending(null)} onConfirm={confirm} />
      <StagesDialog open={stagesOpen} onClose={() => setStagesOpen(false)} />
    </Box>
  );
}
