import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';

const number = new Intl.NumberFormat('en');

/**
 * Shown over search results while the vault indexes a large backlog in the background (after an update that
 * re-created the index, or while a big import is saved): the list may miss people until it finishes.
 */
export function IndexingNotice({ pending, of, onRetry }: { pending: number; of: number; onRetry: () => void }) {
  return (
    <Alert
      severity="info"
      action={
        <Button color="inherit" size="small" onClick={onRetry} sx={{ whiteSpace: 'nowrap' }}>
          Search again
        </Button>
      }
    >
      The search index is catching up ({number.format(of - pending)} of {number.format(of)} candidates indexed). Until it finishes, some matches may be
      missing.
    </Alert>
  );
}
