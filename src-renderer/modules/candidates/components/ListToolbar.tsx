import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Divider from '@mui/material/Divider';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { useEffect, useState } from 'react';
import { seniorityLevels, type CandidateFilters } from '../../../../src-shared/domain/candidate.js';
import { notify } from '../../notifications/store.js';
import { columnIds, columnLabels, isColumnId } from '../list-model.js';
import { useCandidateListStore } from '../store.js';
import { useSavedViewsStore } from '../views-store.js';

export function SearchBox() {
  const query = useCandidateListStore((s) => s.query);
  const queryError = useCandidateListStore((s) => s.queryError);
  const setQuery = useCandidateListStore((s) => s.setQuery);
  const [text, setText] = useState(query);
  useEffect(() => setText(query), [query]);
  // Typing settles for a moment before the core is asked: each keystroke would otherwise be a query.
  useEffect(() => {
    const t = setTimeout(() => void setQuery(text), 200);
    return () => clearTimeout(t);
  }, [text, setQuery]);
  return (
    <TextField
      size="small"
      label="Search candidates"
      type="search"
      value={text}
      onChange={(e) => setText(e.target.value)}
      onKeyDown={(e) => {
        if (e.key === 'Enter') void setQuery(text);
      }}
      error={queryError !== null}
      helperText={queryError ?? 'e.g. skill:python "data engineer" location:oslo -junior'}
      sx={{ flex: 1, minWidth: 280 }}
    />
  );
}

const FILTER_FIELDS: { key: keyof CandidateFilters; label: string; width: number }[] = [
  { key: 'skill', label: 'Skill', width: 130 },
  { key: 'tag', label: 'Tag', width: 120 },
  { key: 'city', label: 'City', width: 120 },
  { key: 'country', label: 'Country', width: 90 },
  { key: 'source', label: 'Source', width: 120 },
];

export function FilterBar() {
  const filters = useCandidateListStore((s) => s.filters);
  const setFilters = useCandidateListStore((s) => s.setFilters);
  const searching = useCandidateListStore((s) => s.query.trim() !== '');
  const [draft, setDraft] = useState<Record<string, string>>({});
  useEffect(() => setDraft(Object.fromEntries(Object.entries(filters).map(([k, v]) => [k, String(v)]))), [filters]);
  const apply = (next: Record<string, string>) => {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(next)) if (v.trim()) out[k] = v.trim();
    if (out.country && String(out.country).length !== 2) {
      notify.error('Country is a 2-letter code, e.g. NO');
      return;
    }
    void setFilters(out as CandidateFilters);
  };
  return (
    <Box component="form" role="search" aria-label="Filters" sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', alignItems: 'center' }} onSubmit={(e) => { e.preventDefault(); apply(draft); }}>
      {FILTER_FIELDS.map((f) => (
        <TextField
          key={f.key}
          size="small"
          label={f.label}
          value={draft[f.key] ?? ''}
          disabled={searching}
          onChange={(e) => setDraft({ ...draft, [f.key]: e.target.value })}
          onBlur={() => apply(draft)}
          sx={{ width: f.width }}
        />
      ))}
      <TextField
        select
        size="small"
        label="Seniority"
        value={draft.seniority ?? ''}
        disabled={searching}
        onChange={(e) => {
          const next = { ...draft, seniority: e.target.value };
          setDraft(next);
          apply(next);
        }}
        sx={{ width: 130 }}
      >
        <MenuItem value="">Any</MenuItem>
        {seniorityLevels.map((s) => (
          <MenuItem key={s} value={s}>
            {s}
          </MenuItem>
        ))}
      </TextField>
      {Object.keys(filters).length > 0 ? (
        <Button size="small" onClick={() => void setFilters({})}>
          Clear filters
        </Button>
      ) : null}
      <button type="submit" hidden />
    </Box>
  );
}

export function ColumnChooser() {
  const columns = useCandidateListStore((s) => s.columns);
  const setColumns = useCandidateListStore((s) => s.setColumns);
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  return (
    <>
      <Button variant="outlined" size="small" aria-haspopup="menu" onClick={(e) => setAnchor(e.currentTarget)}>
        Columns
      </Button>
      <Menu anchorEl={anchor} open={anchor !== null} onClose={() => setAnchor(null)}>
        {columnIds.map((c) => {
          const on = columns.includes(c);
          return (
            <MenuItem
              key={c}
              role="menuitemcheckbox"
              aria-checked={on}
              onClick={() => setColumns(on ? columns.filter((x) => x !== c) : columnIds.filter((x) => x === c || columns.includes(x)))}
            >
              <ListItemIcon>
                {/* A drawn box, not a Checkbox: an input inside a menu item is a nested control. */}
                <Box
                  aria-hidden
                  sx={{ width: 18, height: 18, border: 2, borderRadius: 0.5, borderColor: on ? 'primary.main' : 'text.secondary', bgcolor: on ? 'primary.main' : 'transparent', color: 'primary.contrastText', fontSize: 14, lineHeight: '14px', textAlign: 'center' }}
                >
                  {on ? '✓' : ''}
                </Box>
              </ListItemIcon>
              <ListItemText>{columnLabels[c]}</ListItemText>
            </MenuItem>
          );
        })}
      </Menu>
    </>
  );
}

export function SavedViews() {
  const { items, load, save, remove } = useSavedViewsStore();
  const list = useCandidateListStore();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [naming, setNaming] = useState(false);
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    void load();
  }, [load]);
  const submit = async () => {
    const err = await save({ name, columns: list.columns, sort: list.sort, direction: list.direction, filters: list.filters, query: list.query });
    if (err) setError(err.message);
    else {
      setNaming(false);
      notify.success(`Saved view "${name.trim()}"`);
    }
  };
  return (
    <>
      <Button variant="outlined" size="small" aria-haspopup="menu" onClick={(e) => setAnchor(e.currentTarget)}>
        Views
      </Button>
      <Menu anchorEl={anchor} open={anchor !== null} onClose={() => setAnchor(null)}>
        {items.map((v) => (
          <MenuItem
            key={v.name}
            onClick={() => {
              setAnchor(null);
              void list.applyView({ ...v, columns: v.columns.filter(isColumnId) });
            }}
          >
            <ListItemText>{v.name}</ListItemText>
            <Button
              size="small"
              color="inherit"
              aria-label={`Delete view ${v.name}`}
              onClick={(e) => {
                e.stopPropagation();
                void remove(v.name);
              }}
              sx={{ ml: 2, minWidth: 0 }}
            >
              ✕
            </Button>
          </MenuItem>
        ))}
        {items.length > 0 ? <Divider /> : null}
        <MenuItem
          onClick={() => {
            setAnchor(null);
            setName('');
            setError(null);
            setNaming(true);
          }}
        >
          Save current view…
        </MenuItem>
      </Menu>
      <Dialog open={naming} onClose={() => setNaming(false)} aria-labelledby="save-view-title">
        <DialogTitle id="save-view-title">Save view</DialogTitle>
        <DialogContent>
          <TextField
            autoFocus
            margin="dense"
            label="View name"
            value={name}
            onChange={(e) => setName(e.target.value)}
            error={error !== null}
            helperText={error ?? 'Columns, sort, filters and search are kept, in the vault.'}
            onKeyDown={(e) => {
              if (e.key === 'Enter') void submit();
            }}
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setNaming(false)}>Cancel</Button>
          <Button variant="contained" onClick={() => void submit()}>
            Save
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
}
