import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Typography from '@mui/material/Typography';
import { useEffect, useState } from 'react';
import type { Application } from '../../../../src-shared/domain/application.js';
import { invoke } from '../../../ipc/client.js';
import { Section } from './ProfileSections.js';

const dateFmt = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

export function ApplicationsSection({ candidateId, refresh }: { candidateId: number; refresh: number }) {
  const [items, setItems] = useState<Application[] | null>(null);
  useEffect(() => {
    let live = true;
    void invoke('applications:list-applications', { candidateId }).then((r) => {
      if (live) setItems(r.ok ? r.value.items : []);
    });
    return () => {
      live = false;
    };
  }, [candidateId, refresh]);
  return (
    <Section title="Applications">
      {items === null ? null : items.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          Not in any pipeline yet. Use “Add to job” above.
        </Typography>
      ) : (
        <Box component="ul" sx={{ listStyle: 'none', m: 0, p: 0, display: 'grid', gap: 1 }}>
          {items.map((a) => (
            <Box component="li" key={a.id} sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
              <Typography variant="body2" sx={{ fontWeight: 600, flex: 1, minWidth: 160 }}>
                {a.jobTitle}
              </Typography>
              <Chip size="small" label={a.stageName} color={a.status === 'active' ? 'primary' : a.status === 'hired' ? 'success' : 'default'} variant={a.status === 'active' ? 'outlined' : 'filled'} />
              <Typography variant="caption" color="text.secondary">
                {a.status} · since {dateFmt.format(new Date(a.stageEnteredAt))}
              </Typography>
            </Box>
          ))}
        </Box>
      )}
    </Section>
  );
}
