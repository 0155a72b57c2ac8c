import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import LinearProgress from '@mui/material/LinearProgress';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useEffect, useRef, useState } from 'react';
import { candidateInput, type CandidateFields } from '../../../../src-shared/domain/candidate.js';
import type { ResumeParseResult } from '../../../../src-shared/domain/import.js';
import { invoke } from '../../../ipc/client.js';
import { notify } from '../../notifications/store.js';
import { fileToBase64, isResumeFile } from '../files.js';

type Parsed = Extract<ResumeParseResult, { status: 'parsed' }>;
interface Review {
  file: File;
  content: string;
  parsed: Parsed;
}

const pct = (c: number | undefined) => (c === undefined ? undefined : `Read with ${Math.round(c * 100)}% confidence`);

/** The parsed fields as an editable form; nothing is saved until the recruiter confirms. */
export function ResumeReviewDialog({
  review,
  attachTo,
  onClose,
  onSaved,
}: {
  review: Review | null;
  attachTo?: { id: number; name: string } | undefined;
  onClose: () => void;
  onSaved: (candidateId: number) => void;
}) {
  const [draft, setDraft] = useState<CandidateFields | null>(null);
  const [email, setEmail] = useState('');
  const [phone, setPhone] = useState('');
  const [skills, setSkills] = useState('');
  const [target, setTarget] = useState('create');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    if (!review) return;
    const d = review.parsed.draft;
    setDraft(d);
    setEmail(d.emails[0]?.address ?? '');
    setPhone(d.phones[0]?.number ?? '');
    setSkills(d.skills.map((s) => s.name).join(', '));
    const exact = review.parsed.matches.find((m) => m.kind === 'exact');
    setTarget(attachTo ? String(attachTo.id) : exact ? String(exact.candidateId) : 'create');
    setErrors({});
  }, [review, attachTo]);
  if (!review || !draft) return null;
  const p = review.parsed.parsed;
  const set = (k: keyof CandidateFields) => (e: { target: { value: string } }) => setDraft({ ...draft, [k]: e.target.value });

  const save = async () => {
    const candidate = {
      ...draft,
      emails: email.trim() ? [{ address: email.trim(), primary: true }, ...draft.emails.slice(1)] : draft.emails.slice(1),
      phones: phone.trim() ? [{ number: phone.trim(), primary: true }, ...draft.phones.slice(1)] : draft.phones.slice(1),
      skills: skills
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
        .map((name) => draft.skills.find((s) => s.name === name) ?? { name, level: null, years: null }),
    };
    const check = candidateInput.safeParse(candidate);
    if (!check.success) {
      const issue = check.error.issues[0]!;
      const field = String(issue.path[0]);
      return setErrors({ [field]: issue.message });
    }
    setBusy(true);
    const r = await invoke('import:save-resume', {
      filename: review.file.name,
      content: review.content,
      candidate,
      target: target === 'create' ? { mode: 'create' } : { mode: 'attach', candidateId: Number(target), fillEmptyFields: true },
    });
    setBusy(false);
    if (!r.ok) {
      const field = r.error.field?.replace(/^candidate\./, '').split('.')[0];
      if (field) setErrors({ [field]: r.error.message });
      notify.error(`Not saved: ${r.error.message}`);
      return;
    }
    notify.success(r.value.created ? `Created ${candidate.firstName} ${candidate.lastName} from ${review.file.name}` : `Added ${review.file.name} to the profile`);
    onSaved(r.value.candidateId);
  };

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="md" aria-labelledby="resume-review-title">
      <DialogTitle id="resume-review-title">Review resume: {review.file.name}</DialogTitle>
      <DialogContent>
        {review.parsed.alreadyImported ? (
          <Alert severity="info" sx={{ mb: 2 }}>
            This very file is already stored{review.parsed.alreadyImported.candidateId ? ' on a candidate' : ''}.
          </Alert>
        ) : null}
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
          Check what was read before saving. Fields read with low confidence are left for you to fill in.
        </Typography>
        <Box sx={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 2, pt: 1 }}>
          <TextField label="First name" value={draft.firstName} onChange={set('firstName')} error={!!errors.firstName} helperText={errors.firstName ?? pct(p.name?.confidence)} />
          <TextField label="Last name" value={draft.lastName} onChange={set('lastName')} error={!!errors.lastName} helperText={errors.lastName ?? pct(p.name?.confidence)} />
          <TextField label="Headline" value={draft.headline} onChange={set('headline')} error={!!errors.headline} helperText={errors.headline ?? pct(p.headline?.confidence)} sx={{ gridColumn: '1 / -1' }} />
          <TextField label="Current title" value={draft.currentTitle} onChange={set('currentTitle')} error={!!errors.currentTitle} helperText={errors.currentTitle ?? pct(p.experience[0]?.confidence)} />
          <TextField label="Company" value={draft.currentCompany} onChange={set('currentCompany')} error={!!errors.currentCompany} helperText={errors.currentCompany ?? pct(p.experience[0]?.confidence)} />
          <TextField label="E-mail" value={email} onChange={(e) => setEmail(e.target.value)} error={!!errors.emails} helperText={errors.emails ?? pct(p.emails[0]?.confidence)} />
          <TextField label="Phone" value={phone} onChange={(e) => setPhone(e.target.value)} error={!!errors.phones} helperText={errors.phones ?? pct(p.phones[0]?.confidence)} />
          <TextField label="City" value={draft.city} onChange={set('city')} error={!!errors.city} helperText={errors.city ?? pct(p.location?.confidence)} />
          <TextField label="Country" value={draft.country} onChange={set('country')} error={!!errors.country} helperText={errors.country ?? '2-letter code'} />
          <TextField label="Skills" value={skills} onChange={(e) => setSkills(e.target.value)} error={!!errors.skills} helperText={errors.skills ?? `${p.skills.length} recognised; separate with commas`} sx={{ gridColumn: '1 / -1' }} multiline />
        </Box>
        <Typography variant="subtitle2" component="h3" sx={{ mt: 3 }}>
          Save as
        </Typography>
        <RadioGroup value={target} onChange={(e) => setTarget(e.target.value)} aria-label="Save as">
          <FormControlLabel value="create" control={<Radio />} label="A new candidate" />
          {attachTo ? <FormControlLabel value={String(attachTo.id)} control={<Radio />} label={`Add to ${attachTo.name} (fills empty fields only)`} /> : null}
          {review.parsed.matches
            .filter((m) => m.candidateId !== attachTo?.id)
            .map((m) => (
              <FormControlLabel
                key={m.candidateId}
                value={String(m.candidateId)}
                control={<Radio />}
                label={`Add to ${m.displayName} — ${m.kind} match (${m.reasons.join(', ')})`}
              />
            ))}
        </RadioGroup>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Cancel</Button>
        <Button variant="contained" disabled={busy} onClick={() => void save()}>
          Save candidate
        </Button>
      </DialogActions>
    </Dialog>
  );
}

/**
 * Drag a resume onto the window (or use the button): it is read by the core and shown for review before
 * anything is saved. Listens on the window so the whole screen is the drop target.
 */
export function ResumeDropZone({ attachTo, onSaved }: { attachTo?: { id: number; name: string }; onSaved: (candidateId: number) => void }) {
  const [dragging, setDragging] = useState(false);
  const [reading, setReading] = useState(false);
  const [review, setReview] = useState<Review | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const depth = useRef(0);

  const read = async (file: File) => {
    if (!isResumeFile(file.name)) {
      notify.error(`${file.name}: drop a PDF, DOCX or TXT resume`);
      return;
    }
    setReading(true);
    const content = await fileToBase64(file);
    const r = await invoke('import:parse-resume', { filename: file.name, content });
    setReading(false);
    if (!r.ok) return notify.error(`Could not read ${file.name}: ${r.error.message}`);
    if (r.value.status === 'failed') return notify.error(`Could not read ${file.name}: ${r.value.reason}`);
    setReview({ file, content, parsed: r.value });
  };

  useEffect(() => {
    const hasFiles = (e: DragEvent) => Array.from(e.dataTransfer?.types ?? []).includes('Files');
    const enter = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      depth.current++;
      setDragging(true);
    };
    const over = (e: DragEvent) => {
      if (hasFiles(e)) e.preventDefault();
    };
    const leave = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth.current = Math.max(0, depth.current - 1);
      if (depth.current === 0) setDragging(false);
    };
    const drop = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      depth.current = 0;
      setDragging(false);
      const file = e.dataTransfer?.files[0];
      if (file) void read(file);
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  });

  return (
    <>
      <Button variant="outlined" onClick={() => input.current?.click()} disabled={reading}>
        {reading ? 'Reading resume…' : 'Import resume…'}
      </Button>
      <input
        ref={input}
        type="file"
        hidden
        accept=".pdf,.docx,.txt,application/pdf,text/plain"
        aria-label="Choose a resume file"
        data-testid="resume-input"
        onChange={(e) => {
          const f = e.target.files?.[0];
          if (f) void read(f);
          e.target.value = '';
        }}
      />
      {dragging || reading ? (
        <Box
          aria-live="polite"
          sx={{
            position: 'fixed',
            inset: 0,
            zIndex: (t) => t.zIndex.modal + 1,
            bgcolor: 'rgba(25, 60, 120, 0.35)',
            display: 'grid',
            placeItems: 'center',
            pointerEvents: dragging ? 'auto' : 'none',
          }}
        >
          <Box sx={{ bgcolor: 'background.paper', color: 'text.primary', px: 4, py: 3, borderRadius: 2, border: 2, borderStyle: 'dashed', borderColor: 'primary.main', minWidth: 320, textAlign: 'center' }}>
            <Typography variant="h6" component="p">
              {reading ? 'Reading the resume…' : attachTo ? `Drop a resume to add it to ${attachTo.name}` : 'Drop a resume to create a candidate'}
            </Typography>
            {reading ? <LinearProgress sx={{ mt: 2 }} aria-label="Reading the resume" /> : <Typography color="text.secondary">PDF, DOCX or TXT</Typography>}
          </Box>
        </Box>
      ) : null}
      <ResumeReviewDialog
        review={review}
        attachTo={attachTo}
        onClose={() => setReview(null)}
        onSaved={(id) => {
          setReview(null);
          onSaved(id);
        }}
      />
    </>
  );
}
