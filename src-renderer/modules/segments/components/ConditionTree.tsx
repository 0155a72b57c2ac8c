import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import IconButton from '@mui/material/IconButton';
import ListSubheader from '@mui/material/ListSubheader';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Switch from '@mui/material/Switch';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { alpha } from '@mui/material/styles';
import { useState, type ComponentType } from 'react';
import { conditionSpecs } from '../../../../src-shared/domain/segments/conditions/index.js';
import type { ConditionKind } from '../../../../src-shared/domain/segments/ast.js';
import { useBuilderStore } from '../builder-store.js';
import { addChild, emptyGroup, newCondition, removeNode, updateNode, type DraftCondition, type DraftGroup } from '../draft.js';
import { editors, type EditorProps } from './editors/index.js';
import { AddIcon, DeleteIcon } from './icons.js';

const categories = [...new Set(conditionSpecs.map((s) => s.category))];
const labelOf = new Map<string, string>(conditionSpecs.map((s) => [s.kind, s.label]));

function AddConditionButton({ groupKey, groupLabel }: { groupKey: string; groupLabel: string }) {
  const edit = useBuilderStore((s) => s.edit);
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const add = (kind: ConditionKind) => {
    setAnchor(null);
    edit((root) => addChild(root, groupKey, newCondition(kind)));
  };
  return (
    <>
      <Button size="small" startIcon={<AddIcon />} onClick={(e) => setAnchor(e.currentTarget)} aria-haspopup="menu" aria-label={`Add condition to ${groupLabel}`}>
        Condition
      </Button>
      <Menu anchorEl={anchor} open={anchor !== null} onClose={() => setAnchor(null)} slotProps={{ list: { dense: true } }}>
        {categories.flatMap((category) => [
          <ListSubheader key={category} sx={{ lineHeight: '32px' }}>
            {category}
          </ListSubheader>,
          ...conditionSpecs
            .filter((s) => s.category === category)
            .map((s) => (
              <MenuItem key={s.kind} onClick={() => add(s.kind as ConditionKind)}>
                {s.label}
              </MenuItem>
            )),
        ])}
      </Menu>
    </>
  );
}

function ConditionRow({ node, error }: { node: DraftCondition; error: string | undefined }) {
  const edit = useBuilderStore((s) => s.edit);
  const Editor = editors[node.kind] as ComponentType<EditorProps<ConditionKind>>;
  const label = labelOf.get(node.kind) ?? node.kind;
  const errorId = `${node.key}-error`;
  return (
    <Paper
      variant="outlined"
      component="li"
      aria-label={`Condition: ${label}`}
      aria-describedby={error ? errorId : undefined}
      sx={{ listStyle: 'none', p: 1.5, display: 'grid', gap: 1, borderColor: error ? 'warning.main' : undefined }}
    >
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
        <Typography variant="subtitle2" component="h3" sx={{ flex: 1 }}>
          {label}
        </Typography>
        <Tooltip title="Remove condition">
          <IconButton size="small" aria-label={`Remove condition: ${label}`} onClick={() => edit((root) => removeNode(root, node.key))}>
            <DeleteIcon fontSize="small" />
          </IconButton>
        </Tooltip>
      </Box>
      <Box sx={{ display: 'flex', gap: 1.5, flexWrap: 'wrap', alignItems: 'center' }}>
        <Editor
          value={node}
          onChange={(next) => edit((root) => updateNode(root, node.key, () => ({ ...(next as DraftCondition), key: node.key })))}
        />
      </Box>
      {error ? (
        <FormHelperText id={errorId} sx={{ m: 0, color: 'warning.main' }}>
          {error} — not counted yet
        </FormHelperText>
      ) : null}
    </Paper>
  );
}

/** A group: AND / OR over its children, optionally negated; nested groups are indented with a rule. */
export function GroupEditor({ group, depth, errors }: { group: DraftGroup; depth: number; errors: Record<string, string> }) {
  const edit = useBuilderStore((s) => s.edit);
  const isRoot = depth === 0;
  const label = isRoot ? 'the segment' : `group ${group.key}`;
  const setGroup = (patch: Partial<DraftGroup>) => edit((root) => updateNode(root, group.key, (g) => ({ ...g, ...patch }) as DraftGroup));
  return (
    <Box
      component="section"
      aria-label={isRoot ? 'Conditions' : 'Group of conditions'}
      sx={{
        display: 'grid',
        gap: 1.5,
        ...(isRoot
          ? {}
          : {
              p: 1.5,
              borderLeft: 3,
              borderColor: group.negate ? 'error.main' : 'primary.main',
              borderRadius: 1,
              bgcolor: (t) => alpha(t.palette.primary.main, t.palette.mode === 'light' ? 0.03 : 0.06),
            }),
      }}
    >
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1.5, flexWrap: 'wrap' }}>
        <Typography variant="body2" color="text.secondary" id={`${group.key}-match`}>
          {group.negate ? 'Exclude candidates matching' : 'Candidates matching'}
        </Typography>
        <ToggleButtonGroup
          size="small"
          exclusive
          value={group.op}
          onChange={(_e, op: 'and' | 'or' | null) => op && setGroup({ op })}
          aria-labelledby={`${group.key}-match`}
        >
          <ToggleButton value="and" sx={{ px: 1.5, py: 0.25 }}>
            all
          </ToggleButton>
          <ToggleButton value="or" sx={{ px: 1.5, py: 0.25 }}>
            any
          </ToggleButton>
        </ToggleButtonGroup>
        <Typography variant="body2" color="text.secondary">
          of these
        </Typography>
        <FormControlLabel
          sx={{ ml: 0.5 }}
          control={<Switch size="small" checked={group.negate} onChange={(e) => setGroup({ negate: e.target.checked })} />}
          label={<Typography variant="body2">NOT</Typography>}
        />
        <Box sx={{ flex: 1 }} />
        {!isRoot ? (
          <Tooltip title="Remove group">
            <IconButton size="small" aria-label="Remove group" onClick={() => edit((root) => removeNode(root, group.key))}>
              <DeleteIcon fontSize="small" />
            </IconButton>
          </Tooltip>
        ) : null}
      </Box>
      {group.children.length === 0 ? (
        <Typography variant="body2" color="text.secondary" sx={{ py: 1 }}>
          {isRoot ? 'No conditions yet: the segment holds every candidate. Add a condition to narrow it down.' : 'Empty group: add a condition to it.'}
        </Typography>
      ) : (
        <Box component="ol" sx={{ m: 0, p: 0, display: 'grid', gap: 1.5 }}>
          {group.children.map((child) =>
            child.kind === 'group' ? (
              <Box component="li" key={child.key} sx={{ listStyle: 'none' }}>
                <GroupEditor group={child} depth={depth + 1} errors={errors} />
              </Box>
            ) : (
              <ConditionRow key={child.key} node={child} error={errors[child.key]} />
            ),
          )}
        </Box>
      )}
      <Box sx={{ display: 'flex', gap: 1 }}>
        <AddConditionButton groupKey={group.key} groupLabel={label} />
        {depth < 4 ? (
          <Button size="small" startIcon={<AddIcon />} onClick={() => edit((root) => addChild(root, group.key, emptyGroup(group.op === 'and' ? 'or' : 'and')))}>
            Group
          </Button>
        ) : null}
      </Box>
    </Box>
  );
}
