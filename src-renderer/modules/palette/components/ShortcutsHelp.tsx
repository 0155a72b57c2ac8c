import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Typography from '@mui/material/Typography';
import { screens } from '../../../app/navigation-store.js';
import { helpSections, isMac } from '../shortcuts.js';
import { usePaletteStore } from '../store.js';

/** `?`: every keyboard shortcut, from the same table the key handler uses. */
export function ShortcutsHelp() {
  const open = usePaletteStore((s) => s.helpOpen);
  const close = usePaletteStore((s) => s.closeHelp);
  const sections = helpSections(isMac(), screens);
  return (
    <Dialog open={open} onClose={close} fullWidth maxWidth="sm" aria-labelledby="shortcuts-title">
      <DialogTitle id="shortcuts-title">Keyboard shortcuts</DialogTitle>
      <DialogContent>
        {sections.map((section) => (
          <Box component="section" key={section.title} sx={{ mb: 2 }}>
            <Typography variant="subtitle2" component="h3" sx={{ mb: 0.5 }}>
              {section.title}
            </Typography>
            <Box component="dl" sx={{ m: 0, display: 'grid', gridTemplateColumns: '120px 1fr', rowGap: 0.75, columnGap: 2 }}>
              {section.items.map((item) => (
                <Box key={item.what} sx={{ display: 'contents' }}>
                  <Box component="dt" sx={{ display: 'flex', gap: 0.5, alignItems: 'flex-start' }}>
                    {item.keys.map((k) => (
                      <Box
                        component="kbd"
                        key={k}
                        sx={{ px: 0.75, minWidth: 24, textAlign: 'center', border: 1, borderColor: 'divider', borderRadius: 1, fontFamily: 'inherit', fontSize: 13, bgcolor: 'action.hover' }}
                      >
                        {k}
                      </Box>
                    ))}
                  </Box>
                  <Typography component="dd" variant="body2" sx={{ m: 0 }}>
                    {item.what}
                  </Typography>
                </Box>
              ))}
            </Box>
          </Box>
        ))}
      </DialogContent>
      <DialogActions>
        <Button onClick={close}>Close</Button>
      </DialogActions>
    </Dialog>
  );
}
