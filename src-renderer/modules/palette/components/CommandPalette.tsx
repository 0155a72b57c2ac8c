import Box from '@mui/material/Box';
import Dialog from '@mui/material/Dialog';
import InputBase from '@mui/material/InputBase';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { ClientSummary } from '../../../../src-shared/domain/client.js';
import type { JobSummary } from '../../../../src-shared/domain/job.js';
import type { SearchResult } from '../../../../src-shared/ipc/contracts/search.js';
import { screens, useNavigationStore, type ScreenId } from '../../../app/navigation-store.js';
import { invoke } from '../../../ipc/client.js';
import { rank, screenLabel, toCandidateQuery } from '../quick-find.js';
import { usePaletteStore } from '../store.js';

type Kind = 'Candidate' | 'Job' | 'Client' | 'Action';
interface Option {
  key: string;
  kind: Kind;
  label: string;
  detail: string;
  run(): void;
}

const go = (screen: ScreenId, ...params: (string | number)[]) => useNavigationStore.getState().go(screen, ...params);

function actions(): Option[] {
  const list: Option[] = screens.map((s) => ({ key: `go-${s}`, kind: 'Action', label: `Go to ${screenLabel(s)}`, detail: '', run: () => go(s) }));
  list.push({ key: 'help', kind: 'Action', label: 'Show keyboard shortcuts (?)', detail: '', run: () => usePaletteStore.getState().openHelp() });
  return list;
}

/** Ctrl/Cmd+K: one box that finds candidates (full-text search), jobs, clients and actions as you type. */
export function CommandPalette() {
  const open = usePaletteStore((s) => s.paletteOpen);
  const close = usePaletteStore((s) => s.closePalette);
  const [text, setText] = useState('');
  const [active, setActive] = useState(0);
  const [candidates, setCandidates] = useState<SearchResult[]>([]);
  const [clients, setClients] = useState<ClientSummary[]>([]);
  const [jobs, setJobs] = useState<JobSummary[]>([]);
  const [loading, setLoading] = useState(false);
  const listRef = useRef<HTMLUListElement>(null);

  // Jobs are few (an agency has hundreds at most): read them once per opening and filter here as the user types.
  useEffect(() => {
    if (!open) return;
    setText('');
    setActive(0);
    setCandidates([]);
    setClients([]);
    let live = true;
    void invoke('jobs:list-jobs', { limit: 500, sort: 'updated' }).then((r) => {
      if (live && r.ok) setJobs(r.value.items);
    });
    return () => {
      live = false;
    };
  }, [open]);

  // Candidates and clients come from the vault, once typing pauses; stale answers are dropped.
  useEffect(() => {
    if (!open) return;
    const q = text.trim();
    const query = toCandidateQuery(q);
    if (!query) {
      setCandidates([]);
      setClients([]);
      setLoading(false);
      return;
    }
    let live = true;
    setLoading(true);
    const t = setTimeout(() => {
      void Promise.all([invoke('search:search-candidates', { query, limit: 6 }), invoke('clients:list-clients', { nameContains: q.slice(0, 200), limit: 5 })]).then(([c, k]) => {
        if (!live) return;
        setCandidates(c.ok ? c.value.items : []);
        setClients(k.ok ? k.value.items : []);
        setLoading(false);
      });
    }, 120);
    return () => {
      live = false;
      clearTimeout(t);
    };
  }, [text, open]);

  const options = useMemo<Option[]>(() => {
    const q = text.trim();
    const acts = rank(actions(), (a) => a.label, q, q ? 4 : 8);
    if (!q) return acts;
    return [
      ...candidates.map<Option>((c) => ({
        key: `c-${c.id}`,
        kind: 'Candidate',
        label: c.displayName,
        detail: [c.currentTitle, c.currentCompany].filter(Boolean).join(' · '),
        run: () => go('candidates', c.id),
      })),
      ...rank(jobs, (j) => `${j.title} ${j.clientName}`, q, 5).map<Option>((j) => ({
        key: `j-${j.id}`,
        kind: 'Job',
        label: j.title,
        detail: j.clientName,
        run: () => go('jobs', j.id),
      })),
      ...clients.map<Option>((k) => ({ key: `k-${k.id}`, kind: 'Client', label: k.name, detail: k.industry, run: () => go('clients', k.id) })),
      ...acts,
    ];
  }, [text, candidates, jobs, clients]);

  useEffect(() => setActive((a) => Math.min(a, Math.max(0, options.length - 1))), [options.length]);
  useEffect(() => {
    listRef.current?.querySelector(`[data-index="${active}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [active]);

  const choose = (o: Option | undefined) => {
    if (!o) return;
    close();
    o.run();
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setActive((a) => (options.length ? (a + 1) % options.length : 0));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((a) => (options.length ? (a - 1 + options.length) % options.length : 0));
    } else if (e.key === 'Enter') {
      e.preventDefault();
      choose(options[active]);
    }
  };

  const status = text.trim() && !loading && options.length === 0 ? 'Nothing found' : '';
  return (
    <Dialog
      open={open}
      onClose={close}
      fullWidth
      maxWidth="sm"
      slotProps={{ paper: { 'aria-label': 'Command palette', sx: { position: 'fixed', top: 72, m: 0, overflow: 'hidden' } } }}
    >
      <Box sx={{ px: 2, pt: 1.5, pb: 1 }}>
        <InputBase
          autoFocus
          fullWidth
          placeholder="Find candidates, jobs, clients or actions…"
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            setActive(0);
          }}
          onKeyDown={onKeyDown}
          sx={{ fontSize: 18 }}
          inputProps={{
            role: 'combobox',
            'aria-label': 'Find',
            'aria-expanded': options.length > 0,
            'aria-controls': 'palette-results',
            'aria-autocomplete': 'list',
            'aria-activedescendant': options[active] ? `palette-option-${options[active]!.key}` : undefined,
          }}
        />
      </Box>
      <Box sx={{ height: 2 }}>{loading ? <LinearProgress aria-label="Searching" sx={{ height: 2 }} /> : null}</Box>
      <Box
        component="ul"
        id="palette-results"
        role="listbox"
        aria-label="Results"
        ref={listRef}
        sx={{ listStyle: 'none', m: 0, p: 0.5, maxHeight: 380, overflowY: 'auto', borderTop: 1, borderColor: 'divider' }}
      >
        {options.map((o, i) => (
          <Box
            component="li"
            key={o.key}
            id={`palette-option-${o.key}`}
            role="option"
            aria-selected={i === active}
            data-index={i}
            onMouseMove={() => setActive(i)}
            onClick={() => choose(o)}
            sx={{
              display: 'flex',
              alignItems: 'center',
              gap: 1.5,
              px: 1.5,
              py: 1,
              borderRadius: 1,
              cursor: 'pointer',
              bgcolor: i === active ? 'action.selected' : 'transparent',
            }}
          >
            <Box sx={{ flex: 1, minWidth: 0 }}>
              <Typography variant="body2" noWrap sx={{ fontWeight: 500 }}>
                {o.label}
              </Typography>
              {o.detail ? (
                <Typography variant="caption" color="text.secondary" noWrap component="p">
                  {o.detail}
                </Typography>
              ) : null}
            </Box>
            <Typography variant="caption" color="text.secondary" sx={{ flexShrink: 0 }}>
              {o.kind}
            </Typography>
          </Box>
        ))}
      </Box>
      <Typography role="status" variant="body2" color="text.secondary" sx={{ px: 2, py: status ? 1.5 : 0 }}>
        {status}
      </Typography>
    </Dialog>
  );
}
