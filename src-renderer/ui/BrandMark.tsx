import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';

/** The word mark: a rounded tile with the initial, then the name. Decorative tile, readable name. */
export function BrandMark({ size = 32, inverted = false }: { size?: number; inverted?: boolean }) {
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 1.25 }}>
      <Box
        aria-hidden
        sx={{
          width: size,
          height: size,
          borderRadius: `${Math.round(size / 4)}px`,
          display: 'grid',
          placeItems: 'center',
          fontWeight: 700,
          fontSize: size * 0.55,
          lineHeight: 1,
          bgcolor: inverted ? 'common.white' : 'primary.main',
          color: inverted ? 'primary.dark' : 'primary.contrastText',
        }}
      >
        R
      </Box>
      <Typography component="span" sx={{ fontWeight: 700, fontSize: size * 0.6, letterSpacing: '-0.01em', color: 'inherit' }}>
        Rapport
      </Typography>
    </Box>
  );
}
