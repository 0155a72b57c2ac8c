import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { CenteredPanel } from '../../../ui/CenteredPanel.js';
import { useVaultStatusSync } from '../hooks/useVaultStatusSync.js';
import { useVaultStatusStore } from '../store.js';
import { CreateVaultScreen } from './CreateVaultScreen.js';
import { UnlockScreen } from './UnlockScreen.js';

/** Shows what the vault's state allows: create it, unlock it, or (only when open) the app itself. */
export function VaultGate({ children }: { children: ReactNode }) {
  useVaultStatusSync();
  const status = useVaultStatusStore((s) => s.status);
  const error = useVaultStatusStore((s) => s.error);
  const refresh = useVaultStatusStore((s) => s.refresh);

  if (!status && error) {
    const noToken = error.code === 'unauthorized';
    return (
      <CenteredPanel>
        <Alert severity={noToken ? 'warning' : 'error'} variant="outlined">
          <AlertTitle component="h1" sx={{ fontSize: '1.1rem' }}>
            {noToken ? 'Open Rapport from its own link' : 'Rapport is not answering'}
          </AlertTitle>
          <Typography variant="body2">
            {noToken
              ? 'This page needs the link printed by "rapport serve" (it carries a one-time key). Open that link again.'
              : error.message}
          </Typography>
        </Alert>
        {/* Without the token every retry fails the same way; only a lost host is worth retrying. */}
        {noToken ? null : (
          <Box sx={{ mt: 2 }}>
            <Button variant="contained" onClick={() => void refresh()}>
              Try again
            </Button>
          </Box>
        )}
      </CenteredPanel>
    );
  }
  if (!status) {
    return (
      <Box component="main" sx={{ minHeight: '100vh', display: 'grid', placeItems: 'center' }}>
        <CircularProgress aria-label="Opening Rapport" />
      </Box>
    );
  }
  if (status.state === 'absent') return <CreateVaultScreen status={status} />;
  if (status.state === 'locked') return <UnlockScreen status={status} />;
  return <>{children}</>;
}
