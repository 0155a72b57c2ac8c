import { alpha, createTheme, type Theme } from '@mui/material/styles';

export type ColorMode = 'light' | 'dark';

// A calm, professional palette: deep teal for the brand, a muted indigo accent, warm-neutral greys.
// Dark mode lifts the teal so it keeps 4.5:1 contrast on dark surfaces.
const palettes = {
  light: {
    primary: { main: '#0B5F6B', light: '#3C8792', dark: '#06434C', contrastText: '#FFFFFF' },
    secondary: { main: '#4A55A2', contrastText: '#FFFFFF' },
    // Status colours darkened from MUI's defaults so text and outlined buttons in them pass 4.5:1 on white.
    error: { main: '#B3261E', contrastText: '#FFFFFF' },
    warning: { main: '#A8530A', contrastText: '#FFFFFF' },
    success: { main: '#2E7D32', contrastText: '#FFFFFF' },
    info: { main: '#0B67A0', contrastText: '#FFFFFF' },
    background: { default: '#F4F6F7', paper: '#FFFFFF' },
    text: { primary: '#15232A', secondary: '#4B5B62' },
    divider: 'rgba(21, 35, 42, 0.12)',
  },
  dark: {
    primary: { main: '#6CC5CC', light: '#9ADCE0', dark: '#3F9AA1', contrastText: '#06262B' },
    secondary: { main: '#9FA8E8', contrastText: '#141A3D' },
    // `dark` is what filled alerts (toasts) use in dark mode; MUI's derived shade came out muddy.
    error: { main: '#F2948C', dark: '#E6837A', contrastText: '#3B0A06' },
    warning: { main: '#F2B35B', dark: '#E5A44C', contrastText: '#3A2100' },
    success: { main: '#86CF95', dark: '#74C286', contrastText: '#0B2A12' },
    info: { main: '#85C6F2', dark: '#72B8E8', contrastText: '#06263B' },
    background: { default: '#0E1518', paper: '#152025' },
    text: { primary: '#E3ECEE', secondary: '#A3B3B8' },
    divider: 'rgba(227, 236, 238, 0.12)',
  },
} as const;

export function createAppTheme(mode: ColorMode): Theme {
  const p = palettes[mode];
  return createTheme({
    palette: { mode, ...p },
    shape: { borderRadius: 8 },
    typography: {
      // No web fonts: the CSP allows only our own files, and the OS font is fastest and most familiar.
      fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", "Noto Sans", "Liberation Sans", Arial, sans-serif',
      button: { textTransform: 'none', fontWeight: 600 },
    },
    components: {
      MuiCssBaseline: {
        styleOverrides: {
          body: { colorScheme: mode },
          // Reduced motion asked for by the system: transitions and animations end at once (MUI's own run in
          // inline styles, which a rule only overrides with !important). A toast or dialog then never sits
          // half-faded, at half its contrast.
          '@media (prefers-reduced-motion: reduce)': {
            '*, *::before, *::after': {
              animationDuration: '0.01ms !important',
              animationIterationCount: '1 !important',
              transitionDuration: '0.01ms !important',
              scrollBehavior: 'auto !important',
            },
          },
        },
      },
      MuiAppBar: { defaultProps: { elevation: 0 } },
      MuiButton: { defaultProps: { disableElevation: true } },
      MuiCard: { defaultProps: { variant: 'outlined' } },
      MuiPaper: {
        styleOverrides: {
          // MUI lightens elevated paper in dark mode; flat surfaces with borders read calmer.
          root: { backgroundImage: 'none' },
        },
      },
      MuiDialog: {
        styleOverrides: {
          // In dark mode a dialog on the same surface colour as the page behind it loses its edge.
          paper: mode === 'dark' ? { backgroundColor: '#1B2A30' } : {},
        },
      },
      MuiTableCell: {
        styleOverrides: {
          head: { fontWeight: 600, color: p.text.secondary, whiteSpace: 'nowrap' },
        },
      },
      MuiListItemButton: {
        styleOverrides: {
          root: {
            borderRadius: 8,
            '&.Mui-selected': {
              backgroundColor: alpha(p.primary.main, mode === 'light' ? 0.1 : 0.16),
              color: mode === 'light' ? p.primary.dark : p.primary.light,
              '& .MuiListItemIcon-root': { color: 'inherit' },
            },
          },
        },
      },
      MuiTooltip: { defaultProps: { arrow: true } },
    },
  });
}
