import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { Component, type ErrorInfo, type ReactNode } from 'react';

interface State {
  error: Error | null;
}

/**
 * The last line of defence: a rendering bug shows a way out instead of a blank window. The data is safe in
 * the vault either way, and saying so is the most useful thing on this screen.
 */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('Rapport window crashed', error, info.componentStack);
  }

  private readonly retry = () => this.setState({ error: null });

  override render(): ReactNode {
    if (!this.state.error) return this.props.children;
    return (
      <Box component="main" sx={{ minHeight: '100vh', display: 'grid', placeItems: 'center', p: 3 }}>
        <Box sx={{ maxWidth: 520 }}>
          <Alert severity="error" variant="outlined">
            <AlertTitle>This window ran into a problem</AlertTitle>
            <Typography variant="body2" sx={{ mb: 1 }}>
              Your data is safe in the vault; nothing you saved is lost. Reloading the window usually fixes this.
            </Typography>
            <Typography variant="body2" color="text.secondary" sx={{ fontFamily: 'monospace', wordBreak: 'break-word' }}>
              {this.state.error.message}
            </Typography>
          </Alert>
          <Box sx={{ display: 'flex', gap: 1, mt: 2 }}>
            <Button variant="contained" onClick={() => window.location.reload()}>
              Reload window
            </Button>
            <Button onClick={this.retry}>Try again</Button>
          </Box>
        </Box>
      </Box>
    );
  }
}
