import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import Box from '@mui/material/Box';
import { styled } from '@mui/material/styles';
import Typography from '@mui/material/Typography';
import { memo, type KeyboardEvent } from 'react';
import type { BoardCard } from '../../../../src-shared/ipc/contracts/board.js';
import { daysSince } from '../board-logic.js';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function lastContactText(iso: string | null, now: number): string {
  if (!iso) return 'No contact yet';
  const d = daysSince(iso, now);
  return d === 0 ? 'Contacted today' : `Contacted ${plural(d, 'day')} ago`;
}

interface Props {
  card: BoardCard;
  now: number;
  /** Opens the move menu anchored on the card (Enter / Space / click). */
  onOpenMenu(card: BoardCard, anchor: HTMLElement): void;
  /** Alt+← / Alt+→: one stage left or right. */
  onStep(card: BoardCard, step: -1 | 1): void;
  /** Alt+↑ / Alt+↓: one place up or down in the column. */
  onShift(card: BoardCard, step: -1 | 1): void;
}

/**
 * The visible card; pure so the drag overlay can draw the same thing without registering a second draggable, and
 * memoised: during a drag every sortable card re-renders its wrapper, but not this.
 */
export const CardBody = memo(function CardBody({ card, now }: { card: BoardCard; now: number }) {
  const days = daysSince(card.stageEnteredAt, now);
  return (
    <>
      <Typography variant="body2" sx={{ fontWeight: 600, lineHeight: 1.3 }} noWrap title={card.candidateName}>
        {card.candidateName}
      </Typography>
      <Typography variant="caption" color="text.secondary" component="p" noWrap title={card.currentTitle}>
        {card.currentTitle || 'No current title'}
      </Typography>
      <Box sx={{ display: 'flex', justifyContent: 'space-between', gap: 1, mt: 0.75, alignItems: 'baseline' }}>
        <Typography variant="caption" component="span" sx={{ fontWeight: 500 }}>
          {plural(days, 'day')} in stage
        </Typography>
        <Typography variant="caption" component="span" noWrap aria-label={card.rating ? `Rating ${card.rating} of 5` : 'Not rated'} sx={{ color: 'warning.main', letterSpacing: 1 }}>
          <span aria-hidden>{card.rating ? '★'.repeat(card.rating) + '☆'.repeat(5 - card.rating) : '—'}</span>
        </Typography>
      </Box>
      <Box sx={{ display: 'flex', justifyContent: 'space-between', gap: 1 }}>
        <Typography variant="caption" color="text.secondary" component="span" noWrap sx={{ flexShrink: 0 }}>
          {lastContactText(card.lastContactAt, now)}
        </Typography>
        <Typography variant="caption" color="text.secondary" component="span" noWrap sx={{ minWidth: 0 }} title={card.ownerName ? `Owner: ${card.ownerName}` : 'No owner'}>
          {card.ownerName || 'No owner'}
        </Typography>
      </Box>
    </>
  );
});

export const cardSx = {
  p: 1.25,
  borderRadius: 1.5,
  border: 1,
  borderColor: 'divider',
  bgcolor: 'background.paper',
  cursor: 'grab',
  userSelect: 'none',
  outline: 'none',
  '&:focus-visible': { boxShadow: (t: { palette: { primary: { main: string } } }) => `0 0 0 2px ${t.palette.primary.main}` },
  '&:hover': { borderColor: 'text.secondary' },
} as const;

/**
 * The card's element: the same look as cardSx, as a styled element. A drag re-renders every sortable card a few
 * times (dnd-kit's context changes), and on opening the board the droppables' registration renders them all twice;
 * a styled element skips the sx processing those renders would repeat 500 times.
 */
const CardRoot = styled('div')(({ theme }) => ({
  padding: theme.spacing(1.25),
  borderRadius: Number(theme.shape.borderRadius) * 1.5,
  border: `1px solid ${theme.palette.divider}`,
  backgroundColor: theme.palette.background.paper,
  cursor: 'grab',
  userSelect: 'none',
  outline: 'none',
  '&:focus-visible': { boxShadow: `0 0 0 2px ${theme.palette.primary.main}` },
  '&:hover': { borderColor: theme.palette.text.secondary },
  // The browser skips layout and paint of cards scrolled out of view: 500 cards in a column stay cheap.
  contentVisibility: 'auto',
  containIntrinsicSize: 'auto 92px',
}));

/** One application on the board. Memoised: with 500 cards a drag must not re-render the ones it does not touch. */
export const BoardCardView = memo(function BoardCardView({ card, now, onOpenMenu, onStep, onShift }: Props) {
  // Sortable within its column: the other cards make room while it is dragged. The drag overlay draws the card
  // under the pointer; this one stays as a faint placeholder in the slot it would drop into.
  const { setNodeRef, listeners, isDragging, transform, transition } = useSortable({
    id: `card-${card.id}`,
    data: { cardId: card.id, stageId: card.stageId },
  });
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.altKey && (e.key === 'ArrowRight' || e.key === 'ArrowLeft')) {
      e.preventDefault();
      onStep(card, e.key === 'ArrowRight' ? 1 : -1);
    } else if (e.altKey && (e.key === 'ArrowUp' || e.key === 'ArrowDown')) {
      e.preventDefault();
      onShift(card, e.key === 'ArrowDown' ? 1 : -1);
    } else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      onOpenMenu(card, e.currentTarget);
    }
  };
  return (
    <CardRoot
      ref={setNodeRef}
      {...listeners}
      role="button"
      tabIndex={0}
      data-card-id={card.id}
      aria-label={`${card.candidateName}${card.currentTitle ? `, ${card.currentTitle}` : ''}`}
      aria-describedby="board-card-help"
      aria-haspopup="menu"
      onKeyDown={onKeyDown}
      onClick={(e) => onOpenMenu(card, e.currentTarget)}
      style={{ transform: CSS.Translate.toString(transform), transition, opacity: isDragging ? 0.4 : undefined }}
    >
      <CardBody card={card} now={now} />
    </CardRoot>
  );
});
