import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import TextField from '@mui/material/TextField';
import Autocomplete from '@mui/material/Autocomplete';
import Chip from '@mui/material/Chip';
import type { ComponentType } from 'react';
import { applicationStatuses } from '../../../../../src-shared/domain/application.js';
import { channels } from '../../../../../src-shared/domain/candidate.js';
import { stageTypes } from '../../../../../src-shared/domain/job.js';
import type { ConditionInputOf, ConditionKind } from '../../../../../src-shared/domain/segments/ast.js';
import { consentPurposes } from '../../../../../src-shared/domain/segments/conditions/consent.js';
import { remoteValues } from '../../../../../src-shared/domain/segments/conditions/remote.js';
import { seniorityValues } from '../../../../../src-shared/domain/segments/conditions/seniority.js';
import { useSegmentOptionsStore } from '../../options-store.js';
import { ChoicesField, DateBoundField, JobPicker, NumberField, PlacesField, SelectField, ValuesField } from '../fields.js';

/** One editor per condition kind; the Record type makes a new condition without an editor a compile error. */
export interface EditorProps<K extends ConditionKind> {
  value: ConditionInputOf<K>;
  onChange(value: ConditionInputOf<K>): void;
}
type Editors = { [K in ConditionKind]: ComponentType<EditorProps<K>> };

const MODES = [
  ['any', 'Any of'],
  ['all', 'All of'],
] as const;

function StageIdsField({ jobId, value, onChange }: { jobId: number | null; value: number[]; onChange(v: number[]): void }) {
  const job = useSegmentOptionsStore((s) => (jobId === null ? null : s.jobs[jobId]));
  if (!job) return null;
  const byId = new Map(job.stages.map((st) => [st.id, st]));
  return (
    <Autocomplete<number, true>
      multiple
      size="small"
      options={job.stages.map((st) => st.id)}
      value={value}
      onChange={(_e, v) => onChange(v)}
      getOptionLabel={(id) => byId.get(id)?.name ?? `Stage ${id}`}
      renderValue={(values, getItemProps) => values.map((v, i) => <Chip {...getItemProps({ index: i })} key={v} size="small" label={byId.get(v)?.name ?? `Stage ${v}`} />)}
      renderInput={(params) => <TextField {...params} label="Stages of this job" />}
      sx={{ minWidth: 220, flex: '1 1 220px' }}
    />
  );
}

function ListsField({ value, onChange }: EditorProps<'list'>) {
  const lists = useSegmentOptionsStore((s) => s.lists);
  const pools = useSegmentOptionsStore((s) => s.pools);
  type Option = { type: 'list' | 'pool'; id: number; name: string };
  const options: Option[] = [...lists.map((l) => ({ type: 'list' as const, ...l })), ...pools.map((p) => ({ type: 'pool' as const, ...p }))];
  const selected = options.filter((o) => (o.type === 'list' ? (value.listIds ?? []) : (value.poolIds ?? [])).includes(o.id));
  return (
    <Autocomplete<Option, true>
      multiple
      size="small"
      options={options}
      groupBy={(o) => (o.type === 'list' ? 'Static lists' : 'Talent pools')}
      value={selected}
      onChange={(_e, v) => onChange({ ...value, listIds: v.filter((o) => o.type === 'list').map((o) => o.id), poolIds: v.filter((o) => o.type === 'pool').map((o) => o.id) })}
      getOptionLabel={(o) => o.name}
      isOptionEqualToValue={(a, b) => a.type === b.type && a.id === b.id}
      renderValue={(values, getItemProps) => values.map((v, i) => <Chip {...getItemProps({ index: i })} key={`${v.type}${v.id}`} size="small" label={v.name} />)}
      renderInput={(params) => <TextField {...params} label="Lists and pools" placeholder={options.length === 0 ? 'No lists or pools yet' : undefined} />}
      sx={{ minWidth: 260, flex: '1 1 260px' }}
    />
  );
}

export const editors: Editors = {
  text: ({ value, onChange }) => (
    <TextField
      size="small"
      label="Search"
      value={value.query}
      onChange={(e) => onChange({ ...value, query: e.target.value })}
      placeholder='java -android, title:"data engineer"'
      sx={{ minWidth: 280, flex: '1 1 320px' }}
    />
  ),
  skills: ({ value, onChange }) => (
    <>
      <SelectField label="Match" value={value.mode} options={MODES} onChange={(mode) => onChange({ ...value, mode })} width={110} />
      <ValuesField field="skill" label="Skills" value={value.values} onChange={(values) => onChange({ ...value, values })} placeholder="Java, SQL…" />
      <SelectField
        label="Min. level"
        value={String(value.minLevel ?? '') as '' | '1'}
        options={[['', 'Any'], ...[1, 2, 3, 4, 5].map((n) => [String(n), String(n)] as const)] as readonly (readonly ['' | '1', string])[]}
        onChange={(v) => onChange({ ...value, minLevel: v === '' ? null : Number(v) })}
        width={120}
      />
      <NumberField label="Min. years" value={value.minYears} onChange={(minYears) => onChange({ ...value, minYears })} max={60} width={120} step={0.5} />
    </>
  ),
  industry: ({ value, onChange }) => (
    <>
      <SelectField label="Match" value={value.mode} options={MODES} onChange={(mode) => onChange({ ...value, mode })} width={110} />
      <ValuesField field="industry" label="Industries" value={value.values} onChange={(values) => onChange({ ...value, values })} />
    </>
  ),
  tags: ({ value, onChange }) => (
    <>
      <SelectField label="Match" value={value.mode} options={MODES} onChange={(mode) => onChange({ ...value, mode })} width={110} />
      <ValuesField field="tag" label="Tags" value={value.values} onChange={(values) => onChange({ ...value, values })} />
    </>
  ),
  seniority: ({ value, onChange }) => <ChoicesField label="Levels" options={seniorityValues} value={value.values} onChange={(values) => onChange({ ...value, values })} />,
  source: ({ value, onChange }) => <ValuesField field="source" label="Sources" value={value.values} onChange={(values) => onChange({ ...value, values })} />,
  owner: function OwnerEditor({ value, onChange }) {
    const owners = useSegmentOptionsStore((s) => s.owners);
    const names = new Map(owners.map((o) => [o.id, o.name]));
    return (
      <>
        <Autocomplete<number, true>
          multiple
          size="small"
          options={owners.map((o) => o.id)}
          value={value.ownerIds ?? []}
          onChange={(_e, ownerIds) => onChange({ ...value, ownerIds })}
          getOptionLabel={(id) => names.get(id) ?? `Recruiter ${id}`}
          renderValue={(values, getItemProps) => values.map((v, i) => <Chip {...getItemProps({ index: i })} key={v} size="small" label={names.get(v) ?? `Recruiter ${v}`} />)}
          renderInput={(params) => <TextField {...params} label="Owners" />}
          sx={{ minWidth: 240, flex: '1 1 240px' }}
        />
        <FormControlLabel control={<Checkbox checked={value.unassigned ?? false} onChange={(e) => onChange({ ...value, unassigned: e.target.checked })} />} label="Or no owner" />
      </>
    );
  },
  date: ({ value, onChange }) => (
    <>
      <SelectField
        label="Date"
        value={value.field}
        options={[
          ['created', 'Created'],
          ['updated', 'Updated'],
        ]}
        onChange={(field) => onChange({ ...value, field })}
        width={120}
      />
      <DateBoundField label="From" value={value.from} onChange={(from) => onChange({ ...value, from })} allowEmpty />
      <DateBoundField label="Until" value={value.to} onChange={(to) => onChange({ ...value, to })} allowEmpty />
    </>
  ),
  location: ({ value, onChange }) => <PlacesField value={value.places} onChange={(places) => onChange({ ...value, places })} />,
  remote: ({ value, onChange }) => <ChoicesField label="Preferences" options={remoteValues} value={value.values} onChange={(values) => onChange({ ...value, values })} />,
  'last-contacted': ({ value, onChange }) => (
    <>
      <SelectField
        label="Last contact"
        value={value.op}
        options={[
          ['after', 'On or after'],
          ['before', 'Before'],
          ['never', 'Never contacted'],
        ]}
        onChange={(op) => onChange({ ...value, op, when: op === 'never' ? null : (value.when ?? { type: 'days-ago', days: 90 }) })}
        width={170}
      />
      {value.op !== 'never' ? <DateBoundField label="When" value={value.when} onChange={(when) => onChange({ ...value, when })} /> : null}
    </>
  ),
  'activity-count': ({ value, onChange }) => (
    <>
      <ChoicesField label="Channels (any if empty)" options={channels} value={value.channels ?? []} onChange={(c) => onChange({ ...value, channels: c })} />
      <NumberField label="In the last … days" value={value.days} onChange={(days) => onChange({ ...value, days: days ?? 1 })} min={1} max={3650} width={150} />
      <NumberField label="At least" value={value.min} onChange={(min) => onChange({ ...value, min })} width={100} />
      <NumberField label="At most" value={value.max} onChange={(max) => onChange({ ...value, max })} width={100} />
    </>
  ),
  stage: ({ value, onChange }) => (
    <>
      <JobPicker value={value.jobId ?? null} onChange={(jobId) => onChange({ ...value, jobId, stageIds: [] })} />
      <ChoicesField label="Stage types" options={stageTypes} value={value.stageTypes ?? []} onChange={(s) => onChange({ ...value, stageTypes: s })} />
      <StageIdsField jobId={value.jobId ?? null} value={value.stageIds ?? []} onChange={(stageIds) => onChange({ ...value, stageIds })} />
    </>
  ),
  application: ({ value, onChange }) => (
    <>
      <SelectField
        label="Application"
        value={value.has ? 'has' : 'none'}
        options={[
          ['has', 'Has'],
          ['none', 'Has no'],
        ]}
        onChange={(v) => onChange({ ...value, has: v === 'has' })}
        width={120}
      />
      <JobPicker value={value.jobId ?? null} onChange={(jobId) => onChange({ ...value, jobId })} />
      <ChoicesField label="Statuses (any if empty)" options={applicationStatuses} value={value.statuses ?? []} onChange={(statuses) => onChange({ ...value, statuses })} />
    </>
  ),
  consent: ({ value, onChange }) => (
    <SelectField label="Purpose" value={value.purpose} options={consentPurposes.map((p) => [p, p.replace('-', ' ')] as const)} onChange={(purpose) => onChange({ ...value, purpose })} width={200} />
  ),
  list: ListsField,
};
