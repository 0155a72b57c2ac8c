import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Paper from '@mui/material/Paper';
import { useCallback, useEffect, useState } from 'react';
import { useNavigationStore } from '../../../app/navigation-store.js';
import { EmptyState } from '../../../ui/EmptyState.js';
import { PeopleIcon, PersonAddIcon } from '../../../ui/icons.js';
import { PageHeader } from '../../../ui/PageHeader.js';
import { notify } from '../../notifications/store.js';
import { ProfileScreen } from '../../profile/components/ProfileScreen.js';
import { ResumeDropZone } from '../../profile/components/ResumeDropZone.js';
import { operatorHint } from '../../../../src-shared/domain/search-query.js';
import { searchSubtitle } from '../list-model.js';
import { useCandidateListStore } from '../store.js';
import { BulkActions } from './BulkActions.js';
import { CandidateTable } from './CandidateTable.js';
import { IndexingNotice } from './IndexingNotice.js';
import { ColumnChooser, FilterBar, SavedViews, SearchBox } from './ListToolbar.js';
import { NewCandidateDialog } from './NewCandidateDialog.js';

const number = new Intl.NumberFormat();

/** #/candidates is the list; #/candidates/42 is that candidate's profile. */
export function CandidatesScreen() {
  const params = useNavigationStore((s) => s.params);
  const id = Number(params[0]);
  if (params[0] && Number.isInteger(id) && id > 0) return <ProfileScreen key={id} candidateId={id} />;
  return <CandidateListScreen />;
}

function CandidateListScreen() {
  const { total, matches, loading, loaded, error, load, query, filters, searchMs, indexing } = useCandidateListStore();
  const go = useNavigationStore((s) => s.go);
  const [dialogOpen, setDialogOpen] = useState(false);
  const open = useCallback((cid: number) => go('candidates', cid), [go]);

  useEffect(() => {
    void load();
  }, [load]);

  const narrowed = query.trim() !== '' || Object.keys(filters).length > 0;
  const empty = loaded && total === 0 && !narrowed;
  const subtitle = !loaded
    ? ' '
    : query.trim()
      ? `${searchSubtitle(matches ?? total, total)}${searchMs !== null ? ` · ${Math.round(searchMs)} ms` : ''}`
      : `${number.format(total)} ${total === 1 ? 'candidate' : 'candidates'}`;

  return (
    <>
      <PageHeader
        title="Candidates"
        subtitle={subtitle}
        actions={
          <>
            <ResumeDropZone onSaved={(cid) => go('candidates', cid)} />
            <Button variant="contained" startIcon={<PersonAddIcon />} onClick={() => setDialogOpen(true)}>
              New candidate
            </Button>
          </>
        }
      />
      {error ? (
        <Alert severity="error" sx={{ mb: 2 }} action={<Button color="inherit" size="small" onClick={() => void load()}>Retry</Button>}>
          {error.message}
        </Alert>
      ) : null}
      {empty ? (
        <Paper variant="outlined">
          <EmptyState
            icon={<PeopleIcon />}
            title="No candidates yet"
            action={
              <Button variant="outlined" startIcon={<PersonAddIcon />} onClick={() => setDialogOpen(true)}>
                Add the first candidate
              </Button>
            }
          >
            Add people one by one here, drop a resume onto the window, or load a sample agency from the Dashboard to look around first.
          </EmptyState>
        </Paper>
      ) : (
        <Box sx={{ display: 'grid', gap: 1.5 }}>
          <Box sx={{ display: 'flex', gap: 1, alignItems: 'flex-start', flexWrap: 'wrap' }}>
            <SearchBox />
            <Box sx={{ display: 'flex', gap: 1, pt: 0.5 }}>
              <SavedViews />
              <ColumnChooser />
            </Box>
          </Box>
          {query.trim() && indexing ? <IndexingNotice pending={indexing.pending} of={indexing.of} onRetry={() => void load()} /> : null}
          <FilterBar />
          <BulkActions />
          <Paper variant="outlined" sx={{ overflow: 'hidden' }}>
            <Box sx={{ height: 4 }}>{loading ? <LinearProgress aria-label="Loading candidates" /> : null}</Box>
            {loaded && total === 0 ? (
              <Box sx={{ p: 4, textAlign: 'center', color: 'text.secondary' }}>
                No candidates match. Loosen the search or the filters.
                {query.trim() && operatorHint(query) ? <Box sx={{ mt: 1 }}>{operatorHint(query)}</Box> : null}
              </Box>
            ) : (
              <CandidateTable onOpen={open} height="calc(100vh - 340px)" />
            )}
          </Paper>
        </Box>
      )}
      <NewCandidateDialog
        open={dialogOpen}
        onClose={() => setDialogOpen(false)}
        onCreated={(candidate) => {
          setDialogOpen(false);
          notify.success(`Added ${candidate.displayName}`);
          // Newest changes sort first: reload from the top, where the new candidate is.
          void load();
        }}
      />
    </>
  );
}
