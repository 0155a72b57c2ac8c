import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useEffect, useState, type FormEvent } from 'react';
import type { CardPosition } from '../../../../src-shared/ipc/contracts/board.js';
import type { MoveExtras } from '../store.js';
import { RejectToPoolOption } from '../../pools/index.js';

export interface PendingMove {
  cardId: number;
  candidateName: string;
  toStageId: number;
  stageName: string;
  need: 'reason' | 'offer';
  defaultCurrency: string;
  /** Set when moving to a rejected stage: the dialog offers "add to talent pool". */
  rejectCandidateId?: number | undefined;
  /** Where it was dropped in the new column, kept for after the dialog. */
  position?: CardPosition | undefined;
}

/** Asks for what the move needs: a reason for rejected/withdrawn stages, offer terms for an offer stage. */
export function MoveDialog({ pending, onCancel, onConfirm }: { pending: PendingMove | null; onCancel(): void; onConfirm(extras: MoveExtras): void }) {
  const [reason, setReason] = useState('');
  const [amount, setAmount] = useState('');
  const [currency, setCurrency] = useState('');
  const [touched, setTouched] = useState(false);

  useEffect(() => {
    if (!pending) return;
    setReason('');
    setAmount('');
    setCurrency(pending.defaultCurrency || 'EUR');
    setTouched(false);
  }, [pending]);

  const reasonError = pending?.need === 'reason' && reason.trim() === '' ? 'Give a reason' : '';
  // Thousands separators are fine ("95,000", "95 000"); anything else ("-5", "95k") is an error, never silently dropped.
  const amountDigits = amount.replace(/[\s,'’]/g, '');
  const amountNumber = /^\d+$/.test(amountDigits) ? Number(amountDigits) : NaN;
  const amountError =
    pending?.need === 'offer' && !(Number.isSafeInteger(amountNumber) && amountNumber > 0) ? 'Enter the offered amount as a whole number, e.g. 95000' : '';
  const currencyError = pending?.need === 'offer' && !/^[A-Za-z]{3}$/.test(currency.trim()) ? 'Use a 3-letter currency code' : '';

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setTouched(true);
    if (!pending) return;
    if (pending.need === 'reason') {
      if (reasonError) return;
      onConfirm({ reason: reason.trim() });
    } else {
      if (amountError || currencyError) return;
      onConfirm({ offer: { amount: amountNumber, currency: currency.trim().toUpperCase() } });
    }
  };

  const title = pending ? `Move ${pending.candidateName} to ${pending.stageName}` : '';
  return (
    <Dialog open={pending !== null} onClose={onCancel} fullWidth maxWidth="xs" aria-labelledby="move-dialog-title">
      <form onSubmit={submit} noValidate>
        <DialogTitle id="move-dialog-title">{title}</DialogTitle>
        <DialogContent>
          {pending?.need === 'reason' ? (
            <>
              <DialogContentText sx={{ mb: 2 }}>The reason is kept with the application and its stage history.</DialogContentText>
              <TextField
                autoFocus
                required
                fullWidth
                multiline
                minRows={3}
                label="Reason"
                value={reason}
                onChange={(e) => setReason(e.target.value)}
                error={touched && reasonError !== ''}
                helperText={touched ? reasonError : ' '}
                slotProps={{ htmlInput: { maxLength: 2000 } }}
              />
              {pending.rejectCandidateId ? <RejectToPoolOption candidateId={pending.rejectCandidateId} candidateName={pending.candidateName} /> : null}
            </>
          ) : (
            <>
              <DialogContentText sx={{ mb: 2 }}>Record the offer made to the candidate.</DialogContentText>
              <Stack direction="row" spacing={2}>
                <TextField
                  autoFocus
                  required
                  label="Offered amount"
                  value={amount}
                  onChange={(e) => setAmount(e.target.value)}
                  error={touched && amountError !== ''}
                  helperText={touched ? amountError : ' '}
                  slotProps={{ htmlInput: { inputMode: 'numeric' } }}
                  sx={{ flex: 2 }}
                />
                <TextField
                  required
                  label="Currency"
                  value={currency}
                  onChange={(e) => setCurrency(e.target.value.toUpperCase().slice(0, 3))}
                  error={touched && currencyError !== ''}
                  helperText={touched ? currencyError : ' '}
                  sx={{ flex: 1 }}
                />
              </Stack>
            </>
          )}
        </DialogContent>
        <DialogActions>
          <Button onClick={onCancel}>Cancel</Button>
          <Button type="submit" variant="contained" color={pending?.need === 'reason' ? 'error' : 'primary'}>
            Move
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
