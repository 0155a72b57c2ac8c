import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { PoolPicker } from './AddToPoolDialog.js';

/** For the reject dialog: a late-stage "no" is often a future "yes" — keep them in a talent pool. */
export function RejectToPoolOption({ candidateId, candidateName, note }: { candidateId: number; candidateName: string; note?: string }) {
  const [added, setAdded] = useState<string | null>(null);
  return (
    <Box sx={{ mt: 1, p: 1.5, borderRadius: 1, border: 1, borderColor: 'divider' }} role="group" aria-label="Add to talent pool">
      <Typography variant="subtitle2" gutterBottom>
        Keep in touch with {candidateName}
      </Typography>
      {added ? (
        <Typography variant="body2" color="success.main">
          Added to {added}.
        </Typography>
      ) : (
        <PoolPicker candidateIds={[candidateId]} source="rejection" note={note ?? ''} onDone={setAdded} />
      )}
    </Box>
  );
}
