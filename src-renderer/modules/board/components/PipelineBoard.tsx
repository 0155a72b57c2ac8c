import {
  closestCenter,
  DndContext,
  DragOverlay,
  PointerSensor,
  pointerWithin,
  useDroppable,
  useSensor,
  useSensors,
  type Active,
  type CollisionDetection,
  type DragEndEvent,
  type DragMoveEvent,
  type DragStartEvent,
  type Over,
} from '@dnd-kit/core';
import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable';
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
import type { BoardCard, CardPosition } from '../../../../src-shared/ipc/contracts/board.js';
import { useNavigationStore } from '../../../app/navigation-store.js';
import { dropPosition, filterCards, groupByStage, keepUnchanged, moveRequirement, neighbourStage, stepPosition } from '../board-logic.js';
import { useBoardStore, type MoveExtras } from '../store.js';
import { BoardCardView, CardBody, cardSx } from './BoardCardView.js';
import { MoveDialog, type PendingMove } from './MoveDialog.js';
import { StagesDialog } from './StagesDialog.js';

const COLUMN_WIDTH = 248;

/** Read out, not shown: where a keyboard reorder put the card. */
const visuallyHidden = { position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' } as const;

/** Where a card dragged in from another column would land: before or after `cardId` of stage `stageId`. */
interface DropHint {
  stageId: number;
  cardId: number;
  side: 'before' | 'after';
  /** The dragged card's height plus the gap: how far the cards below the landing place move down to make room. */
  room: number;
}

const cardIdOf = (item: Active | Over | null | undefined) => (item?.data.current as { cardId?: number } | undefined)?.cardId;
const stageIdOf = (item: Active | Over | null | undefined) => (item?.data.current as { stageId?: number } | undefined)?.stageId;

/**
 * The card under the pointer; in the gap between cards or below the last one, the nearest card of the column under
 * the pointer; an empty column (or its header area) is the column itself.
 */
const collision: CollisionDetection = (args) => {
  const within = pointerWithin(args);
  const card = within.find((c) => String(c.id).startsWith('card-'));
  if (card) return [card];
  const column = within.find((c) => String(c.id).startsWith('stage-'));
  if (!column) return [];
  const stageId = args.droppableContainers.find((d) => d.id === column.id)?.data.current?.stageId as number | undefined;
  const cards = args.droppableContainers.filter((d) => String(d.id).startsWith('card-') && d.data.current?.stageId === stageId);
  const nearest = cards.length > 0 ? closestCenter({ ...args, droppableContainers: cards })[0] : undefined;
  return [nearest ?? column];
};

/** Whether the dragged card's middle is below the middle of the card it is over (a drop from another column). */
function belowMiddle(active: Active, over: Over): boolean {
  const rect = active.rect.current.translated;
  if (!rect) return false;
  return rect.top + rect.height / 2 > over.rect.top + over.rect.height / 2;
}

interface ColumnProps {
  stage: JobStage;
  cards: BoardCard[];
  total: number;
  now: number;
  hint: DropHint | null;
  onOpenMenu(card: BoardCard, anchor: HTMLElement): void;
  onStep(card: BoardCard, step: -1 | 1): void;
  onShift(card: BoardCard, step: -1 | 1): void;
}

const Column = memo(function Column({ stage, cards, total, now, hint, onOpenMenu, onStep, onShift }: ColumnProps) {
  const { setNodeRef, isOver } = useDroppable({ id: `stage-${stage.id}`, data: { stageId: stage.id } });
  const items = useMemo(() => cards.map((c) => `card-${c.id}`), [cards]);
  // A card from another column opens a gap where it would land, as the column's own cards do for each other.
  const hinted = hint ? cards.findIndex((c) => c.id === hint.cardId) : -1;
  const gapAt = hint && hinted >= 0 ? hinted + (hint.side === 'after' ? 1 : 0) : -1;
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
        borderColor: isOver || hint ? 'primary.main' : 'transparent',
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
        <SortableContext id={`column-${stage.id}`} items={items} strategy={verticalListSortingStrategy}>
          {cards.map((c, i) => (
            <Box
              role="listitem"
              key={c.id}
              style={gapAt >= 0 ? { transform: i >= gapAt ? `translateY(${hint!.room}px)` : undefined, transition: 'transform 150ms ease' } : undefined}
            >
              <BoardCardView card={c} now={now} onOpenMenu={onOpenMenu} onStep={onStep} onShift={onShift} />
            </Box>
          ))}
        </SortableContext>
      </Box>
    </Box>
  );
});

/** Focus follows a card the keyboard moved: React may have re-inserted its element, which drops focus. */
function focusCard(cardId: number): void {
  requestAnimationFrame(() => (document.querySelector(`[data-card-id="${cardId}"]`) as HTMLElement | null)?.focus());
}

/**
 * The pipeline of one job: a column per stage. Pointer: drag a card within its column or to a place in another.
 * Keyboard: Alt+↑/↓ within the column, Alt+←/→ one stage, Enter for the stage menu.
 */
export function PipelineBoard({ jobId }: { jobId: number }) {
  const { job, cards, loading, error, filter, load, setFilter, move, reorder } = useBoardStore();
  const [hint, setHint] = useState<DropHint | null>(null);
  const [announcement, setAnnouncement] = useState('');
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
  // Read by the keyboard handler, so the handler (a prop of every card) stays the same object.
  const shownRef = useRef(shown);
  shownRef.current = shown;

  const requestMove = useCallback(
    (card: BoardCard, stage: JobStage, position?: CardPosition) => {
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
          position,
        });
      } else void move(card.id, stage.id, position ? { position } : {});
    },
    [move],
  );

  const onOpenMenu = useCallback((card: BoardCard, anchor: HTMLElement) => setMenu({ card, anchor }), []);
  const onStep = useCallback(
    (card: BoardCard, step: -1 | 1) => {
      const target = neighbourStage(useBoardStore.getState().job?.stages ?? [], card.stageId, step);
      if (!target) {
        setAnnouncement(`${card.candidateName} is already in the ${step < 0 ? 'first' : 'last'} stage.`);
        return;
      }
      requestMove(card, target);
      if (!moveRequirement(target.type)) {
        // Moved cards land on top of their new column.
        setAnnouncement(`${card.candidateName} moved to ${target.name}, position 1.`);
        focusCard(card.id);
      }
    },
    [requestMove],
  );
  const onShift = useCallback(
    (card: BoardCard, step: -1 | 1) => {
      const column = shownRef.current.get(card.stageId) ?? [];
      const stageName = useBoardStore.getState().job?.stages.find((s) => s.id === card.stageId)?.name ?? 'this stage';
      const target = stepPosition(column, card.id, step);
      if (!target) {
        setAnnouncement(`${card.candidateName} is already at the ${step < 0 ? 'top' : 'bottom'} of ${stageName}.`);
        return;
      }
      void reorder(card.id, target.position);
      setAnnouncement(`${card.candidateName} moved to position ${target.index + 1} of ${column.length} in ${stageName}.`);
      focusCard(card.id);
    },
    [reorder],
  );

  // A small distance before a drag starts, so a click still opens the card menu.
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 6 } }));
  const onDragStart = (e: DragStartEvent) => {
    const id = (e.active.data.current as { cardId: number } | undefined)?.cardId;
    setDragging(cards.find((c) => c.id === id) ?? null);
  };
  // The line showing where a card from another column would land; state changes only when that place changes.
  const onDragMove = (e: DragMoveEvent) => {
    const overCard = cardIdOf(e.over);
    const stageId = stageIdOf(e.over);
    const next: DropHint | null =
      e.over && overCard !== undefined && stageId !== undefined && stageId !== stageIdOf(e.active)
        ? { stageId, cardId: overCard, side: belowMiddle(e.active, e.over) ? 'after' : 'before', room: (e.active.rect.current.initial?.height ?? 92) + 8 }
        : null;
    setHint((h) => (h?.cardId === next?.cardId && h?.side === next?.side && h?.stageId === next?.stageId ? h : next));
  };
  const onDragEnd = (e: DragEndEvent) => {
    setDragging(null);
    setHint(null);
    const card = cards.find((c) => c.id === cardIdOf(e.active));
    const stage = stages.find((s) => s.id === stageIdOf(e.over));
    if (!card || !stage || !e.over) return;
    const overCard = cardIdOf(e.over);
    // On a card: that place. On a column's empty area or header: its top, where a moved card goes anyway.
    const position: CardPosition | null =
      overCard === undefined ? { place: 'top' } : dropPosition(shown.get(stage.id) ?? [], card.id, overCard, belowMiddle(e.active, e.over));
    if (stage.id !== card.stageId) requestMove(card, stage, position ?? undefined);
    else if (position && !(position.place === 'top' && shown.get(stage.id)?.[0]?.id === card.id)) void reorder(card.id, position);
  };

  const confirm = (extras: MoveExtras) => {
    const p = pending;
    setPending(null);
    if (p) void move(p.cardId, p.toStageId, { ...extras, ...(p.position ? { position: p.position } : {}) });
  };

  /** "Ann Able in Sourced" or "Sourced", for the drag announcements. */
  const placeName = (over: { id: string | number; data: { current?: Record<string, unknown> | undefined } }) => {
    const stageName = stages.find((s) => s.id === over.data.current?.stageId)?.name ?? 'a stage';
    const overCard = cards.find((c) => c.id === over.data.current?.cardId);
    return overCard ? `${overCard.candidateName} in ${stageName}` : stageName;
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
        Press Enter to choose a stage to move to, Alt plus Left or Right arrow to move one stage, or Alt plus Up or Down
        arrow to move up or down in the column.
      </Typography>
      <Box aria-live="polite" sx={visuallyHidden} data-testid="board-announcer">
        {announcement}
      </Box>
      <Box sx={{ height: 4 }}>{loading ? <LinearProgress aria-label="Loading the board" /> : null}</Box>
      {error ? (
        <Alert severity="error" action={<Button color="inherit" size="small" onClick={() => void load(jobId)}>Retry</Button>}>
          {error.message}
        </Alert>
      ) : null}
      <DndContext
        sensors={sensors}
        collisionDetection={collision}
        onDragStart={onDragStart}
        onDragMove={onDragMove}
        onDragEnd={onDragEnd}
        onDragCancel={() => {
          setDragging(null);
          setHint(null);
        }}
        accessibility={{
          screenReaderInstructions: { draggable: 'Press Enter to choose a stage, Alt plus Left or Right arrow to move one stage, Alt plus Up or Down arrow to move in the column.' },
          announcements: {
            onDragStart: () => 'Picked up a card.',
            onDragOver: ({ over }) => (over ? `Over ${placeName(over)}.` : 'Not over a stage.'),
            onDragEnd: ({ over }) => (over ? `Dropped on ${placeName(over)}.` : 'Dropped outside the board.'),
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
            <Column
              key={s.id}
              stage={s}
              cards={shown.get(s.id) ?? []}
              total={all.get(s.id)?.length ?? 0}
              now={now}
              hint={hint?.stageId === s.id ? hint : null}
              onOpenMenu={onOpenMenu}
              onStep={onStep}
              onShift={onShift}
            />
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
