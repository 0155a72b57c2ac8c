import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Link from '@mui/material/Link';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import Typography from '@mui/material/Typography';
import { useEffect, useRef } from 'react';
import type { Reminder } from '../../../../src-shared/domain/reminders/reminder.js';
import { useNavigationStore } from '../../../app/navigation-store.js';
import { formatDue } from '../format.js';
import { RepeatIcon } from '../icons.js';
import { CompleteButton, SnoozeButton } from './ReminderActions.js';

export function ReminderList({
  items,
  dense = false,
  showActions = true,
  focusId = null,
}: {
  items: Reminder[];
  dense?: boolean;
  showActions?: boolean;
  /** The reminder the user came for: highlighted, scrolled to and focused once it is in the list. */
  focusId?: number | null;
}) {
  const go = useNavigationStore((s) => s.go);
  const focused = useRef<HTMLLIElement | null>(null);
  const hasFocusRow = focusId !== null && items.some((r) => r.id === focusId);
  useEffect(() => {
    if (!hasFocusRow || !focused.current) return;
    focused.current.scrollIntoView?.({ block: 'center' });
    focused.current.focus();
  }, [hasFocusRow, focusId]);
  const now = new Date();
  return (
    <List disablePadding aria-label="Reminders">
      {items.map((r) => {
        const overdue = r.status === 'open' && Date.parse(r.dueAt) <= now.getTime();
        const isFocus = r.id === focusId;
        return (
          <ListItem
            key={r.id}
            divider
            data-testid="reminder-row"
            {...(isFocus ? { ref: focused, tabIndex: -1, 'aria-current': 'true' as const } : {})}
            sx={{
              gap: 1.5,
              py: dense ? 0.75 : 1.25,
              alignItems: 'center',
              ...(isFocus ? { bgcolor: 'action.selected', boxShadow: (t) => `inset 3px 0 0 ${t.palette.primary.main}`, outline: 'none' } : {}),
            }}
            secondaryAction={
              showActions && r.status === 'open' ? (
                <Box sx={{ display: 'flex', gap: 0.5 }}>
                  <SnoozeButton reminder={r} />
                  <CompleteButton reminder={r} />
                </Box>
              ) : undefined
            }
          >
            <Box sx={{ minWidth: 0, flex: 1, pr: showActions ? 10 : 0 }}>
              <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
                <Typography variant="body2" sx={{ fontWeight: 600 }} noWrap>
                  {r.title}
                </Typography>
                {r.priority === 'high' ? <Chip label="High" size="small" color="error" variant="outlined" /> : null}
                {r.recurrence ? (
                  <Chip
                    icon={<RepeatIcon />}
                    size="small"
                    variant="outlined"
                    label={`every ${r.recurrence.every} ${r.recurrence.unit}${r.recurrence.every > 1 ? 's' : ''}`}
                  />
                ) : null}
                {r.source.startsWith('rule:') ? <Chip size="small" label="auto" variant="outlined" /> : null}
              </Box>
              <Typography variant="caption" color={overdue ? 'error' : 'text.secondary'} component="div">
                {r.status === 'done' ? `Done${r.outcome ? `: ${r.outcome}` : ''}` : formatDue(r.dueAt, now)}
                {r.candidateName ? (
                  <>
                    {' · '}
                    <Link component="button" type="button" variant="caption" onClick={() => go('candidates', String(r.candidateId))}>
                      {r.candidateName}
                    </Link>
                  </>
                ) : null}
                {r.jobTitle ? ` · ${r.jobTitle}` : ''}
                {r.contactName ? ` · ${r.contactName}` : ''}
              </Typography>
            </Box>
          </ListItem>
        );
      })}
    </List>
  );
}
