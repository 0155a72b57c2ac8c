import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useEffect, useState } from 'react';
import { describeSegment, segmentDefinition } from '../../../../src-shared/domain/segments/ast.js';
import { useNavigationStore } from '../../../app/navigation-store.js';
import { invoke } from '../../../ipc/client.js';
import { PageHeader } from '../../../ui/PageHeader.js';
import { notify } from '../../notifications/store.js';
import { useBuilderStore } from '../builder-store.js';
import { countConditions } from '../draft.js';
import { useSegmentOptionsStore } from '../options-store.js';
import { BulkActions } from './BulkActions.js';
import { GroupEditor } from './ConditionTree.js';
import { ArrowBackIcon, SnowflakeIcon } from './icons.js';
import { MemberPreview } from './MemberPreview.js';
import { NameDialog } from './NameDialog.js';

const today = () => new Date().toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: 'numeric' });

/** Build or edit a segment: the condition tree on the left, the live count and newest members on the right. */
export function SegmentBuilder({ segmentId }: { segmentId: number | null }) {
  const go = useNavigationStore((s) => s.go);
  const { root, check, dirty, status, loadError, preview, saving, name, description, start, save, reset } = useBuilderStore();
  const loadOptions = useSegmentOptionsStore((s) => s.load);
  const [dialog, setDialog] = useState<'save' | 'freeze' | null>(null);

  useEffect(() => {
    void start(segmentId);
    void loadOptions();
  }, [segmentId, start, loadOptions]);
  // What the builder read (member names, counts) does not outlive the screen.
  useEffect(() => () => reset(), [reset]);

  if (status === 'missing') {
    return (
      <Alert severity="error" action={<Button color="inherit" onClick={() => go('segments')}>Back to segments</Button>}>
        {loadError ?? 'This segment no longer exists.'}
      </Alert>
    );
  }

  const saved = segmentId !== null;
  const conditions = countConditions(root);
  const parsed = segmentDefinition.safeParse(check.definition);
  const summary = parsed.success && conditions > 0 ? describeSegment(parsed.data) : null;
  const target = saved && !dirty ? { type: 'segment' as const, id: segmentId } : { type: 'definition' as const, definition: check.definition };

  const saveInPlace = async () => {
    const r = await save();
    if (r.ok) notify.success(`Saved “${r.segment.name}”`);
    else notify.error(r.error.message);
  };

  return (
    <>
      <Button size="small" startIcon={<ArrowBackIcon />} onClick={() => go('segments')} sx={{ mb: 1 }}>
        All segments
      </Button>
      <PageHeader
        title={saved ? name || 'Segment' : 'New segment'}
        subtitle={description || summary || 'Combine conditions; the count on the right follows every change.'}
        actions={
          <>
            <BulkActions target={target} members={preview.count} disabled={!check.complete} />
            <Button variant="outlined" startIcon={<SnowflakeIcon />} onClick={() => setDialog('freeze')} disabled={!check.complete}>
              Freeze as list
            </Button>
            {saved ? (
              <Button variant="outlined" onClick={() => setDialog('save')} disabled={!check.complete}>
                Save as new
              </Button>
            ) : null}
            <Button variant="contained" onClick={() => (saved ? void saveInPlace() : setDialog('save'))} disabled={saving || (saved && !dirty)}>
              {saved ? (dirty ? 'Save changes' : 'Saved') : 'Save segment'}
            </Button>
          </>
        }
      />
      <Box sx={{ display: 'grid', gap: 3, gridTemplateColumns: { xs: '1fr', md: 'minmax(0, 1fr) 320px' }, alignItems: 'start' }}>
        <Paper variant="outlined" sx={{ p: 2 }}>
          {status === 'loading' ? <Typography color="text.secondary">Loading…</Typography> : <GroupEditor group={root} depth={0} errors={check.errors} />}
        </Paper>
        <Box sx={{ position: { md: 'sticky' }, top: { md: 16 } }}>
          <MemberPreview count={preview.count} items={preview.items} loading={preview.loading} error={preview.error} ms={preview.ms} />
        </Box>
      </Box>
      {dialog === 'save' ? (
        <NameDialog
          title={saved ? 'Save as a new segment' : 'Save segment'}
          intro="A saved segment is dynamic: it always holds whoever matches its conditions at that moment."
          confirm="Save"
          initialName={saved ? `${name} (copy)` : ''}
          initialDescription={description}
          onClose={() => setDialog(null)}
          onSubmit={async (meta) => {
            const r = await save(meta);
            if (!r.ok) return r.error;
            setDialog(null);
            notify.success(`Saved “${r.segment.name}”`);
            if (r.segment.id !== segmentId) go('segments', String(r.segment.id));
            return null;
          }}
        />
      ) : null}
      {dialog === 'freeze' ? (
        <NameDialog
          title="Freeze as a static list"
          intro={`Copies ${preview.count === null ? 'the current members' : preview.count === 1 ? 'the one current member' : `the ${preview.count} current members`} into a list that no longer changes when candidates do.`}
          confirm="Freeze"
          initialName={`${name || 'Segment'} — ${today()}`}
          onClose={() => setDialog(null)}
          onSubmit={async (meta) => {
            const r = await invoke('lists:freeze-segment', { target, ...meta });
            if (!r.ok) return r.error;
            setDialog(null);
            notify.success(`Froze ${r.value.count} members into “${r.value.name}”`);
            go('segments', 'lists', String(r.value.id));
            return null;
          }}
        />
      ) : null}
    </>
  );
}
