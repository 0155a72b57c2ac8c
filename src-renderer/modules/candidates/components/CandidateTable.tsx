import Box from '@mui/material/Box';
import ButtonBase from '@mui/material/ButtonBase';
import Checkbox from '@mui/material/Checkbox';
import { memo, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { chunkOf, chunkRange, columnLabels, type CandidateRow, type ColumnId } from '../list-model.js';
import { useCandidateSelectionStore } from '../selection-store.js';
import { rowAt, useCandidateListStore, type SortKey } from '../store.js';
import { Highlighted } from './Highlighted.js';

export const ROW_HEIGHT = 44;
const date = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });
const formatDate = (iso: string) => {
  const d = new Date(iso);
  return iso && !Number.isNaN(d.getTime()) ? date.format(d) : '';
};
const location = (r: CandidateRow) => [r.city, r.country].filter(Boolean).join(', ');
const ellipsis = { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' } as const;

const WIDTHS: Record<ColumnId | 'name' | 'match', string> = {
  name: 'minmax(180px, 1.3fr)',
  title: 'minmax(120px, 1.3fr)',
  company: 'minmax(110px, 1.1fr)',
  location: 'minmax(100px, 1fr)',
  email: 'minmax(140px, 1.4fr)',
  updated: '120px',
  match: 'minmax(200px, 2fr)',
};
const SORTABLE: Partial<Record<ColumnId | 'name', SortKey>> = { name: 'name', updated: 'updated' };

function cellText(row: CandidateRow, col: ColumnId): string {
  switch (col) {
    case 'title':
      return row.currentTitle;
    case 'company':
      return row.currentCompany;
    case 'location':
      return location(row);
    case 'email':
      return row.primaryEmail ?? '';
    case 'updated':
      return formatDate(row.updatedAt);
  }
}

/**
 * A windowed table: only the rows in view (plus overscan) exist in the DOM, and only the pages they fall on are
 * fetched from the core, so 100k candidates cost the same as 100. Fixed row height keeps the maths trivial.
 */
// Rows are plain elements styled once from the table's sx: per-row emotion styles cost more than the row itself
// when a fast scroll mounts dozens of rows a frame.
const rowStyles = {
  '& .cr-row': {
    position: 'absolute',
    left: 0,
    right: 0,
    height: ROW_HEIGHT,
    display: 'grid',
    alignItems: 'center',
    borderBottom: 1,
    borderColor: 'divider',
    contain: 'strict',
    '&:hover': { bgcolor: 'action.hover' },
  },
  '& .cr-row[aria-selected="true"]': { bgcolor: 'action.selected' },
  '& .cr-row.cr-active': { bgcolor: 'action.hover', boxShadow: (t: { palette: { primary: { main: string } } }) => `inset 3px 0 0 ${t.palette.primary.main}` },
  '& .cr-cell': { ...ellipsis, px: 1, fontSize: 14 },
  '& .cr-name': { fontWeight: 500, fontSize: 16 },
  '& .cr-muted': { color: 'text.secondary' },
  '& .cr-right': { textAlign: 'right' },
  '& .cr-check': { pl: 1.5, display: 'flex', alignItems: 'center' },
  '& .cr-check input': { width: 18, height: 18, m: 0, accentColor: (t: { palette: { primary: { main: string } } }) => t.palette.primary.main, cursor: 'pointer' },
  '& .cr-placeholder': { display: 'block', height: 12, width: '60%', borderRadius: 1, bgcolor: 'action.hover' },
  '& .cr-link': { color: 'inherit', textDecoration: 'none', '&:hover': { textDecoration: 'underline' }, '&:focus-visible': { outline: 2, outlineStyle: 'solid', outlineColor: 'primary.main', borderRadius: 0.5 } },
  '& mark': { borderRadius: 0.5, px: 0.25, fontWeight: 600 },
} as const;

interface RowProps {
  index: number;
  row: CandidateRow | undefined;
  cols: (ColumnId | 'match')[];
  template: string;
  selected: boolean;
  active: boolean;
  onToggle: (id: number) => void;
  onOpen: (id: number) => void;
}

const Row = memo(function Row({ index, row: r, cols, template, selected, active, onToggle, onOpen }: RowProps) {
  return (
    <div
      role="row"
      aria-rowindex={index + 2}
      aria-selected={selected}
      data-testid="candidate-row"
      className={active ? 'cr-row cr-active' : 'cr-row'}
      style={{ top: (index + 1) * ROW_HEIGHT, gridTemplateColumns: template }}
    >
      <div role="cell" className="cr-check">
        {r ? <input type="checkbox" tabIndex={-1} checked={selected} onChange={() => onToggle(r.id)} aria-label={`Select ${r.displayName}`} /> : null}
      </div>
      <div role="cell" className="cr-cell cr-name" title={r?.displayName}>
        {r ? (
          <a
            className="cr-link"
            href={`#/candidates/${r.id}`}
            onClick={(e) => {
              e.preventDefault();
              onOpen(r.id);
            }}
          >
            {r.nameHighlight ? <Highlighted segments={r.nameHighlight} /> : r.displayName}
          </a>
        ) : (
          <span className="cr-placeholder" />
        )}
      </div>
      {cols.map((c) => (
        <div
          role="cell"
          key={c}
          className={`cr-cell${c === 'updated' || c === 'match' ? ' cr-muted' : ''}${c === 'updated' ? ' cr-right' : ''}`}
          title={r && c !== 'match' ? cellText(r, c) : undefined}
        >
          {!r ? <span className="cr-placeholder" /> : c === 'match' ? <Highlighted segments={r.snippet ?? []} /> : cellText(r, c)}
        </div>
      ))}
    </div>
  );
});

export function CandidateTable({ onOpen, height }: { onOpen: (id: number) => void; height: string }) {
  const { pages, total, columns, sort, direction, query, ensureRange, setSort } = useCandidateListStore();
  const selected = useCandidateSelectionStore((s) => s.ids);
  const toggle = useCandidateSelectionStore((s) => s.toggle);
  const setMany = useCandidateSelectionStore((s) => s.setMany);
  const scroller = useRef<HTMLDivElement>(null);
  // The window moves in chunks of rows, so a steady scroll re-renders every CHUNK rows, not every frame:
  // between chunks the browser just scrolls rows that already exist.
  const [chunk, setChunk] = useState(0);
  const [viewport, setViewport] = useState(600);
  const [active, setActive] = useState(0);
  const searching = query.trim() !== '';
  const cols = useMemo<(ColumnId | 'match')[]>(() => (searching ? [...columns.filter((c) => c !== 'updated' && c !== 'email'), 'match'] : columns), [searching, columns]);
  const template = useMemo(() => ['48px', WIDTHS.name, ...cols.map((c) => WIDTHS[c])].join(' '), [cols]);

  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const measure = () => setViewport(el.clientHeight - ROW_HEIGHT);
    measure();
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, []);

  const { first, last } = chunkRange(chunk, viewport, ROW_HEIGHT, total);
  useEffect(() => {
    ensureRange(first, last);
  }, [first, last, total, pages, ensureRange]);

  // A new query starts at the top.
  const generation = useCandidateListStore((s) => s.generation);
  useEffect(() => {
    scroller.current?.scrollTo({ top: 0 });
    setChunk(0);
    setActive(0);
  }, [generation]);

  const onScroll = useCallback(() => {
    // Equal state bails out in React, so this costs nothing until the next chunk is reached.
    setChunk(chunkOf(scroller.current?.scrollTop ?? 0, ROW_HEIGHT));
  }, []);

  const loadedIds: number[] = [];
  for (let i = first; i <= last; i++) {
    const r = rowAt(pages, i);
    if (r) loadedIds.push(r.id);
  }
  const allVisibleSelected = loadedIds.length > 0 && loadedIds.every((id) => selected.includes(id));

  // Keyboard: arrows/Page/Home/End move the active row (scrolling it into view), Enter opens, Space selects.
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.target !== e.currentTarget || total === 0) return;
    const per = Math.max(1, Math.floor(viewport / ROW_HEIGHT));
    const moves: Record<string, number> = { ArrowDown: active + 1, ArrowUp: active - 1, PageDown: active + per, PageUp: active - per, Home: 0, End: total - 1 };
    if (e.key in moves) {
      e.preventDefault();
      const next = Math.max(0, Math.min(total - 1, moves[e.key]!));
      setActive(next);
      const el = scroller.current!;
      const top = next * ROW_HEIGHT;
      if (top < el.scrollTop) el.scrollTop = top;
      else if (top + ROW_HEIGHT > el.scrollTop + viewport) el.scrollTop = top + ROW_HEIGHT - viewport;
    } else if (e.key === 'Enter' || e.key === ' ') {
      const r = rowAt(pages, active);
      if (!r) return;
      e.preventDefault();
      if (e.key === 'Enter') onOpen(r.id);
      else toggle(r.id);
    }
  };

  const rows = [];
  for (let i = first; i <= last; i++) {
    const r = rowAt(pages, i);
    rows.push(
      <Row
        key={i}
        index={i}
        row={r}
        cols={cols}
        template={template}
        selected={r ? selected.includes(r.id) : false}
        active={i === active}
        onToggle={toggle}
        onOpen={onOpen}
      />,
    );
  }

  return (
    <Box
      ref={scroller}
      onScroll={onScroll}
      tabIndex={0}
      role="region"
      aria-label="Candidate list"
      aria-describedby="candidate-list-keys"
      onKeyDown={onKeyDown}
      data-testid="candidate-scroller"
      sx={{ height, overflow: 'auto', position: 'relative', '&:focus-visible': { outline: 2, outlineColor: 'primary.main', outlineOffset: -2 } }}
    >
      <span id="candidate-list-keys" hidden>
        Arrow keys move between rows, Enter opens a candidate, Space selects it.
      </span>
      <Box role="table" aria-label="Candidates" aria-rowcount={total + 1} sx={{ position: 'relative', height: (total + 1) * ROW_HEIGHT, minWidth: 760, ...rowStyles }}>
        <Box
          role="row"
          aria-rowindex={1}
          sx={{
            position: 'sticky',
            top: 0,
            zIndex: 1,
            height: ROW_HEIGHT,
            display: 'grid',
            gridTemplateColumns: template,
            alignItems: 'center',
            bgcolor: 'background.paper',
            borderBottom: 1,
            borderColor: 'divider',
            fontWeight: 600,
            fontSize: 14,
          }}
        >
          <Box role="columnheader" sx={{ pl: 1 }}>
            <Checkbox
              size="small"
              checked={allVisibleSelected}
              indeterminate={!allVisibleSelected && loadedIds.some((id) => selected.includes(id))}
              onChange={(e) => setMany(loadedIds, e.target.checked)}
              slotProps={{ input: { 'aria-label': 'Select the rows in view' } }}
            />
          </Box>
          {(['name', ...cols] as const).map((c) => {
            const key = searching ? undefined : SORTABLE[c as ColumnId | 'name'];
            const label = c === 'name' ? 'Name' : c === 'match' ? 'Match' : columnLabels[c];
            const isSorted = key !== undefined && key === sort;
            return (
              <Box
                role="columnheader"
                key={c}
                aria-sort={isSorted ? (direction === 'asc' ? 'ascending' : 'descending') : undefined}
                sx={{ px: 1, textAlign: c === 'updated' ? 'right' : undefined, ...ellipsis }}
              >
                {key ? (
                  <ButtonBase onClick={() => void setSort(key)} sx={{ font: 'inherit', borderRadius: 1, px: 0.5, '&:focus-visible': { outline: 2, outlineColor: 'primary.main' } }}>
                    {label}
                    <Box component="span" aria-hidden sx={{ ml: 0.5, opacity: isSorted ? 1 : 0.3 }}>
                      {isSorted && direction === 'asc' ? '▲' : '▼'}
                    </Box>
                  </ButtonBase>
                ) : (
                  label
                )}
              </Box>
            );
          })}
        </Box>
        <Box role="rowgroup">{rows}</Box>
      </Box>
    </Box>
  );
}
