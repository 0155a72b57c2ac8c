import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardActionArea from '@mui/material/CardActionArea';
import CardContent from '@mui/material/CardContent';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useEffect, useState } from 'react';
import { useNavigationStore } from '../../../app/navigation-store.js';
import { EmptyState } from '../../../ui/EmptyState.js';
import { PageHeader } from '../../../ui/PageHeader.js';
import { notify } from '../../notifications/store.js';
import { AddIcon, PersonaIcon } from '../../segments/components/icons.js';
import { usePersonaListStore } from '../list-store.js';
import { PersonaDialog } from './PersonaDialog.js';

const number = new Intl.NumberFormat();

/** Every persona as a card: who it is, its segment and how many candidates fit it today. */
export function PersonaList() {
  const go = useNavigationStore((s) => s.go);
  const { items, loaded, error, load, reset } = usePersonaListStore();
  const [creating, setCreating] = useState(false);
  useEffect(() => {
    void load();
    return () => reset();
  }, [load, reset]);

  return (
    <>
      <PageHeader
        title="Personas"
        subtitle="The kinds of candidate you hunt for, each backed by a segment of your data."
        actions={
          <Button variant="contained" startIcon={<AddIcon />} onClick={() => setCreating(true)}>
            New persona
          </Button>
        }
      />
      {error ? <Alert severity="error">{error.message}</Alert> : null}
      {loaded && items.length === 0 ? (
        <Paper variant="outlined">
          <EmptyState icon={<PersonaIcon />} title="No personas yet" action={<Button variant="outlined" onClick={() => setCreating(true)}>Describe the first persona</Button>}>
            Describe a candidate type — skills, experience, motivations, preferred channels — and link the segment that finds them.
          </EmptyState>
        </Paper>
      ) : (
        <Box component="ul" aria-label="Personas" sx={{ m: 0, p: 0, display: 'grid', gap: 2, gridTemplateColumns: 'repeat(auto-fill, minmax(280px, 1fr))' }}>
          {items.map((p) => (
            <Box component="li" key={p.id} sx={{ listStyle: 'none' }}>
              <Card sx={{ height: '100%' }}>
                <CardActionArea onClick={() => go('personas', String(p.id))} sx={{ height: '100%', alignItems: 'stretch' }}>
                  <CardContent>
                    <Typography variant="h6" component="h2" gutterBottom>
                      {p.name}
                    </Typography>
                    <Typography variant="body2" color="text.secondary" sx={{ mb: 1.5, display: '-webkit-box', WebkitLineClamp: 3, WebkitBoxOrient: 'vertical', overflow: 'hidden' }}>
                      {p.description || 'No description yet'}
                    </Typography>
                    <Typography variant="body2">
                      {p.segmentName ? (
                        <>
                          <strong>{number.format(p.memberCount ?? 0)}</strong> in “{p.segmentName}”
                        </>
                      ) : (
                        'No segment linked'
                      )}
                    </Typography>
                  </CardContent>
                </CardActionArea>
              </Card>
            </Box>
          ))}
        </Box>
      )}
      {creating ? (
        <PersonaDialog
          persona={null}
          onClose={() => setCreating(false)}
          onSaved={(p) => {
            setCreating(false);
            notify.success(`Created “${p.name}”`);
            go('personas', String(p.id));
          }}
        />
      ) : null}
    </>
  );
}
