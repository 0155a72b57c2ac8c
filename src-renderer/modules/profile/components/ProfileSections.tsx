import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import IconButton from '@mui/material/IconButton';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState, type ReactNode } from 'react';
import { emailInput, phoneInput, skillInput, type Candidate } from '../../../../src-shared/domain/candidate.js';
import { consentStatus } from '../files.js';
import { useCandidateProfileStore } from '../profile-store.js';
import { DETAIL_FIELDS, fieldText, patchFor, validateField } from './fields.js';
import { InlineField } from './InlineField.js';

export function Section({ title, children, action, id }: { title: string; children: ReactNode; action?: ReactNode; id?: string }) {
  const headingId = `${id ?? title.toLowerCase().replace(/\W+/g, '-')}-heading`;
  return (
    <Paper variant="outlined" component="section" aria-labelledby={headingId} sx={{ p: 2 }}>
      <Box sx={{ display: 'flex', alignItems: 'center', mb: 1.5, gap: 1 }}>
        <Typography id={headingId} variant="subtitle1" component="h2" sx={{ fontWeight: 600, flex: 1 }}>
          {title}
        </Typography>
        {action}
      </Box>
      {children}
    </Paper>
  );
}

const firstIssue = (r: { success: boolean; error?: { issues: { message: string }[] } }) => (r.success ? null : (r.error?.issues[0]?.message ?? 'Not valid'));

export function DetailsSection({ candidate }: { candidate: Candidate }) {
  const update = useCandidateProfileStore((s) => s.update);
  const errors = useCandidateProfileStore((s) => s.fieldErrors);
  return (
    <Section title="Details">
      <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(2, minmax(0, 1fr))', columnGap: 2, rowGap: 1 }}>
        {DETAIL_FIELDS.map((def) => (
          <Box key={def.key} sx={{ gridColumn: def.kind === 'multiline' || def.key === 'headline' ? '1 / -1' : undefined }}>
            <InlineField
              label={def.label}
              value={fieldText(def, candidate[def.key])}
              options={def.options}
              multiline={def.kind === 'multiline'}
              inputMode={def.kind === 'number' ? 'numeric' : 'text'}
              validate={(v) => validateField(def, v)}
              error={errors[def.key]}
              onSave={(v) => {
                const patch = patchFor(def, v);
                return patch ? update(patch, def.key) : false;
              }}
            />
          </Box>
        ))}
      </Box>
    </Section>
  );
}

export function ContactSection({ candidate }: { candidate: Candidate }) {
  const update = useCandidateProfileStore((s) => s.update);
  const errors = useCandidateProfileStore((s) => s.fieldErrors);
  const [newEmail, setNewEmail] = useState('');
  const [newPhone, setNewPhone] = useState('');
  const [addError, setAddError] = useState<{ emails?: string; phones?: string }>({});
  const emails = candidate.emails;
  const phones = candidate.phones;
  const saveEmails = (next: typeof emails) => update({ emails: next }, 'emails');
  const savePhones = (next: typeof phones) => update({ phones: next }, 'phones');
  return (
    <Section title="Contact points">
      <Box sx={{ display: 'grid', gap: 1 }}>
        {emails.map((e, i) => (
          <Box key={`e${i}`} sx={{ display: 'flex', alignItems: 'flex-end', gap: 1 }}>
            <Box sx={{ flex: 1, minWidth: 0 }}>
              <InlineField
                label={i === 0 ? 'E-mail' : `E-mail ${i + 1}`}
                value={e.address}
                inputMode="email"
                validate={(v) => firstIssue(emailInput.shape.address.safeParse(v))}
                error={errors.emails}
                onSave={(v) => saveEmails(emails.map((x, j) => (j === i ? { ...x, address: v.trim() } : x)))}
              />
            </Box>
            <Button size="small" color="inherit" aria-label={`Remove e-mail ${e.address}`} onClick={() => void saveEmails(emails.filter((_, j) => j !== i))}>
              Remove
            </Button>
          </Box>
        ))}
        {phones.map((p, i) => (
          <Box key={`p${i}`} sx={{ display: 'flex', alignItems: 'flex-end', gap: 1 }}>
            <Box sx={{ flex: 1, minWidth: 0 }}>
              <InlineField
                label={i === 0 ? 'Phone' : `Phone ${i + 1}`}
                value={p.number}
                inputMode="tel"
                validate={(v) => firstIssue(phoneInput.shape.number.safeParse(v))}
                error={errors.phones}
                onSave={(v) => savePhones(phones.map((x, j) => (j === i ? { ...x, number: v.trim() } : x)))}
              />
            </Box>
            <Button size="small" color="inherit" aria-label={`Remove phone ${p.number}`} onClick={() => void savePhones(phones.filter((_, j) => j !== i))}>
              Remove
            </Button>
          </Box>
        ))}
        <Box sx={{ display: 'flex', gap: 1, mt: 1 }}>
          <TextField
            size="small"
            label="Add e-mail"
            value={newEmail}
            error={!!addError.emails}
            helperText={addError.emails}
            onChange={(e) => setNewEmail(e.target.value)}
            onKeyDown={(e) => {
              if (e.key !== 'Enter' || !newEmail.trim()) return;
              const problem = firstIssue(emailInput.shape.address.safeParse(newEmail));
              if (problem) return setAddError({ emails: problem });
              setAddError({});
              void saveEmails([...emails, { address: newEmail.trim(), primary: emails.length === 0 }]);
              setNewEmail('');
            }}
            sx={{ flex: 1 }}
          />
          <TextField
            size="small"
            label="Add phone"
            value={newPhone}
            error={!!addError.phones}
            helperText={addError.phones}
            onChange={(e) => setNewPhone(e.target.value)}
            onKeyDown={(e) => {
              if (e.key !== 'Enter' || !newPhone.trim()) return;
              const problem = firstIssue(phoneInput.shape.number.safeParse(newPhone));
              if (problem) return setAddError({ phones: problem });
              setAddError({});
              void savePhones([...phones, { number: newPhone.trim(), primary: phones.length === 0 }]);
              setNewPhone('');
            }}
            sx={{ flex: 1 }}
          />
        </Box>
        {candidate.links.length ? (
          <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', mt: 1 }}>
            {candidate.links.map((l) => (
              <Chip key={l.url} size="small" label={`${l.kind}: ${l.url.replace(/^https?:\/\//, '')}`} variant="outlined" />
            ))}
          </Box>
        ) : null}
      </Box>
    </Section>
  );
}

function ChipEditor({ label, values, onChange, validate }: { label: string; values: string[]; onChange: (next: string[]) => void; validate?: (v: string) => string | null }) {
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  return (
    <Box>
      {values.length === 0 ? (
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          No {label.toLowerCase()} yet
        </Typography>
      ) : (
        <Box sx={{ display: 'flex', gap: 0.75, flexWrap: 'wrap', mb: 1 }} role="list" aria-label={label}>
          {values.map((v) => (
            <span role="listitem" key={v}>
              <Chip label={v} size="small" onDelete={() => onChange(values.filter((x) => x !== v))} />
            </span>
          ))}
        </Box>
      )}
      <TextField
        size="small"
        label={`Add ${label.toLowerCase().replace(/s$/, '')}`}
        value={text}
        error={error !== null}
        helperText={error ?? 'Enter adds'}
        onChange={(e) => {
          setText(e.target.value);
          setError(null);
        }}
        onKeyDown={(e) => {
          if (e.key !== 'Enter') return;
          e.preventDefault();
          const v = text.trim();
          if (!v) return;
          const problem = validate?.(v) ?? null;
          if (problem) return setError(problem);
          if (!values.includes(v)) onChange([...values, v]);
          setText('');
        }}
        fullWidth
      />
    </Box>
  );
}

export function SkillsSection({ candidate }: { candidate: Candidate }) {
  const update = useCandidateProfileStore((s) => s.update);
  return (
    <Section title="Skills and tags">
      <Box sx={{ display: 'grid', gap: 2 }}>
        <ChipEditor
          label="Skills"
          values={candidate.skills.map((s) => s.name)}
          validate={(v) => firstIssue(skillInput.shape.name.safeParse(v))}
          onChange={(names) =>
            void update({ skills: names.map((n) => candidate.skills.find((s) => s.name === n) ?? { name: n, level: null, years: null }) }, 'skills')
          }
        />
        <ChipEditor label="Tags" values={candidate.tags} validate={(v) => (v.length > 60 ? 'Tags are at most 60 characters' : null)} onChange={(tags) => void update({ tags }, 'tags')} />
      </Box>
    </Section>
  );
}

export function ExperienceSection({ candidate }: { candidate: Candidate }) {
  const update = useCandidateProfileStore((s) => s.update);
  const exp = candidate.experience;
  const edu = candidate.education;
  const setExp = (next: typeof exp) => void update({ experience: next }, 'experience');
  const setEdu = (next: typeof edu) => void update({ education: next }, 'education');
  return (
    <Section
      title="Experience and education"
      action={
        <>
          <Button size="small" onClick={() => setExp([{ title: 'New role', company: '' }, ...exp])}>
            Add role
          </Button>
          <Button size="small" onClick={() => setEdu([...edu, { institution: 'New school' }])}>
            Add education
          </Button>
        </>
      }
    >
      <Box sx={{ display: 'grid', gap: 1.5 }}>
        {exp.length === 0 && edu.length === 0 ? (
          <Typography variant="body2" color="text.secondary">
            Nothing recorded yet.
          </Typography>
        ) : null}
        {exp.map((e, i) => (
          <Box key={`x${i}`} sx={{ display: 'grid', gridTemplateColumns: '1fr 1fr 80px 80px auto', gap: 1, alignItems: 'end', borderLeft: 3, borderColor: 'primary.main', pl: 1 }}>
            <InlineField label="Role" value={e.title} onSave={(v) => setExp(exp.map((x, j) => (j === i ? { ...x, title: v } : x)))} />
            <InlineField label="Employer" value={e.company} onSave={(v) => setExp(exp.map((x, j) => (j === i ? { ...x, company: v } : x)))} />
            <InlineField label="From" value={e.start ?? ''} placeholder="—" validate={(v) => (v.length > 10 ? 'Use YYYY-MM' : null)} onSave={(v) => setExp(exp.map((x, j) => (j === i ? { ...x, start: v } : x)))} />
            <InlineField label="To" value={e.end ?? ''} placeholder="now" validate={(v) => (v.length > 10 ? 'Use YYYY-MM' : null)} onSave={(v) => setExp(exp.map((x, j) => (j === i ? { ...x, end: v } : x)))} />
            <IconButton size="small" aria-label={`Remove role ${e.title}`} onClick={() => setExp(exp.filter((_, j) => j !== i))}>
              ✕
            </IconButton>
          </Box>
        ))}
        {edu.map((e, i) => (
          <Box key={`d${i}`} sx={{ display: 'grid', gridTemplateColumns: '1fr 1fr 80px auto', gap: 1, alignItems: 'end', borderLeft: 3, borderColor: 'secondary.main', pl: 1 }}>
            <InlineField label="Institution" value={e.institution} onSave={(v) => setEdu(edu.map((x, j) => (j === i ? { ...x, institution: v } : x)))} />
            <InlineField label="Degree" value={e.degree ?? ''} placeholder="—" onSave={(v) => setEdu(edu.map((x, j) => (j === i ? { ...x, degree: v } : x)))} />
            <InlineField label="Finished" value={e.end ?? ''} placeholder="—" validate={(v) => (v.length > 10 ? 'Use YYYY' : null)} onSave={(v) => setEdu(edu.map((x, j) => (j === i ? { ...x, end: v } : x)))} />
            <IconButton size="small" aria-label={`Remove education ${e.institution}`} onClick={() => setEdu(edu.filter((_, j) => j !== i))}>
              ✕
            </IconButton>
          </Box>
        ))}
      </Box>
    </Section>
  );
}

const PURPOSES = ['recruitment', 'marketing', 'talent-pool', 'data-sharing'] as const;
const dateFmt = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

export function ConsentSection({ candidate }: { candidate: Candidate }) {
  const update = useCandidateProfileStore((s) => s.update);
  const [purpose, setPurpose] = useState<(typeof PURPOSES)[number]>('recruitment');
  const consents = candidate.consents;
  return (
    <Section title="Consent">
      <Box sx={{ display: 'grid', gap: 1 }}>
        {consents.length === 0 ? (
          <Typography variant="body2" color="warning.main" sx={{ fontWeight: 500 }}>
            No consent recorded.
          </Typography>
        ) : null}
        {consents.map((c, i) => {
          const status = consentStatus(c);
          return (
            <Box key={i} sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
              <Chip size="small" label={status} color={status === 'active' ? 'success' : status === 'expired' ? 'warning' : 'default'} />
              <Typography variant="body2" sx={{ flex: 1 }}>
                {c.purpose} · given {dateFmt.format(new Date(c.givenAt))}
                {c.source ? ` · ${c.source}` : ''}
                {c.expiresAt ? ` · until ${dateFmt.format(new Date(c.expiresAt))}` : ''}
              </Typography>
              {status === 'active' ? (
                <Button
                  size="small"
                  color="inherit"
                  onClick={() => void update({ consents: consents.map((x, j) => (j === i ? { ...x, withdrawnAt: new Date().toISOString() } : x)) }, 'consents')}
                >
                  Withdraw
                </Button>
              ) : null}
            </Box>
          );
        })}
        <Box sx={{ display: 'flex', gap: 1, mt: 1 }}>
          <TextField select size="small" label="Purpose" value={purpose} onChange={(e) => setPurpose(e.target.value as (typeof PURPOSES)[number])} sx={{ minWidth: 160 }}>
            {PURPOSES.map((p) => (
              <MenuItem key={p} value={p}>
                {p}
              </MenuItem>
            ))}
          </TextField>
          <Button
            variant="outlined"
            size="small"
            onClick={() =>
              void update(
                { consents: [...consents, { purpose, givenAt: new Date().toISOString(), source: 'Recorded in Rapport', expiresAt: null, withdrawnAt: null }] },
                'consents',
              )
            }
          >
            Record consent
          </Button>
        </Box>
      </Box>
    </Section>
  );
}
