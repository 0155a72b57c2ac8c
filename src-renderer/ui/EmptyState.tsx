import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';

export function EmptyState({ icon, title, children, action }: { icon?: ReactNode; title: string; children?: ReactNode; action?: ReactNode }) {
  return (
    <Box sx={{ textAlign: 'center', py: 8, px: 3, color: 'text.secondary' }}>
      {icon ? (
        <Box aria-hidden sx={{ fontSize: 48, color: 'text.disabled', mb: 1, '& svg': { fontSize: 'inherit' } }}>
          {icon}
        </Box>
      ) : null}
      <Typography variant="h6" component="h2" color="text.primary" gutterBottom>
        {title}
      </Typography>
      {children ? (
        <Typography variant="body2" sx={{ maxWidth: 420, mx: 'auto' }}>
          {children}
        </Typography>
      ) : null}
      {action ? <Box sx={{ mt: 3 }}>{action}</Box> : null}
    </Box>
  );
}
