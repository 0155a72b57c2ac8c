import Box from '@mui/material/Box';
import ButtonBase from '@mui/material/ButtonBase';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';

export interface InlineFieldProps {
  label: string;
  value: string;
  /** Local check before the core is asked; returns a message or null. */
  validate?: (value: string) => string | null;
  onSave: (value: string) => Promise<boolean> | boolean | void;
  error?: string | undefined;
  options?: readonly { value: string; label: string }[];
  multiline?: boolean;
  placeholder?: string;
  inputMode?: 'text' | 'numeric' | 'email' | 'tel';
}

/**
 * A value shown as text that turns into an input on click, Enter or F2. Enter (or leaving the field) saves,
 * Escape cancels. Errors stay on the field until it is edited again.
 */
export function InlineField({ label, value, validate, onSave, error, options, multiline, placeholder = 'Add', inputMode }: InlineFieldProps) {
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(value);
  const [localError, setLocalError] = useState<string | null>(null);
  const shownError = localError ?? error ?? null;

  const start = () => {
    setDraft(value);
    setLocalError(null);
    setEditing(true);
  };
  const commit = (next = draft) => {
    if (next === value) {
      setEditing(false);
      return;
    }
    const problem = validate?.(next) ?? null;
    if (problem) {
      setLocalError(problem);
      return;
    }
    setEditing(false);
    void onSave(next);
  };

  if (editing) {
    return (
      <TextField
        autoFocus
        fullWidth
        size="small"
        label={label}
        value={draft}
        select={options !== undefined}
        multiline={multiline}
        minRows={multiline ? 2 : undefined}
        error={shownError !== null}
        helperText={shownError ?? (multiline ? 'Ctrl+Enter saves, Escape cancels' : 'Enter saves, Escape cancels')}
        slotProps={{ htmlInput: { inputMode } }}
        onChange={(e) => {
          setDraft(e.target.value);
          setLocalError(null);
          if (options) commit(e.target.value);
        }}
        onBlur={() => {
          if (!options) commit();
        }}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.stopPropagation();
            setEditing(false);
            setLocalError(null);
          } else if (e.key === 'Enter' && (!multiline || e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            commit();
          }
        }}
      >
        {options?.map((o) => (
          <MenuItem key={o.value} value={o.value}>
            {o.label}
          </MenuItem>
        ))}
      </TextField>
    );
  }
  const shown = options ? (options.find((o) => o.value === value)?.label ?? value) : value;
  return (
    <Box sx={{ minWidth: 0 }}>
      <Typography variant="caption" color="text.secondary" component="div">
        {label}
      </Typography>
      <ButtonBase
        onClick={start}
        onKeyDown={(e) => {
          if (e.key === 'F2') start();
        }}
        aria-label={`Edit ${label}: ${shown || 'empty'}`}
        sx={{
          display: 'block',
          width: '100%',
          textAlign: 'left',
          font: 'inherit',
          borderRadius: 1,
          px: 0.5,
          mx: -0.5,
          py: 0.25,
          minHeight: 28,
          whiteSpace: multiline ? 'pre-wrap' : 'nowrap',
          overflow: 'hidden',
          textOverflow: 'ellipsis',
          '&:hover': { bgcolor: 'action.hover' },
          '&:focus-visible': { outline: 2, outlineColor: 'primary.main' },
        }}
      >
        {shown ? (
          <span data-testid={`field-${label}`}>{shown}</span>
        ) : (
          <Typography component="span" color="text.secondary" sx={{ fontStyle: 'italic' }}>
            {placeholder}
          </Typography>
        )}
      </ButtonBase>
      {shownError ? (
        <Typography variant="caption" color="error" role="alert" component="div">
          {shownError}
        </Typography>
      ) : null}
    </Box>
  );
}
