import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import type { ReactNode } from 'react';
import { BrandMark } from './BrandMark.js';

/** The frame of the screens shown before the vault is open (create, unlock, connection problems). */
export function CenteredPanel({ children, width = 440 }: { children: ReactNode; width?: number }) {
  return (
    <Box
      component="main"
      sx={{
        minHeight: '100vh',
        display: 'flex',
        flexDirection: 'column',
        alignItems: 'center',
        justifyContent: 'center',
        p: 3,
        bgcolor: 'background.default',
      }}
    >
      <Box sx={{ mb: 3, color: 'text.primary' }}>
        <BrandMark size={36} />
      </Box>
      <Paper variant="outlined" sx={{ width: '100%', maxWidth: width, p: { xs: 3, sm: 4 } }}>
        {children}
      </Paper>
    </Box>
  );
}
