import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Typography from '@mui/material/Typography';
import { useEffect, useRef, useState } from 'react';
import type { AttachmentMeta } from '../../../../src-shared/domain/attachment.js';
import { invoke } from '../../../ipc/client.js';
import { notify } from '../../notifications/store.js';
import { base64ToBlob, fileToBase64 } from '../files.js';
import { Section } from './ProfileSections.js';

const size = (n: number) => (n > 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(n / 1024))} KB`);
const isDocx = (a: AttachmentMeta) => a.mime.includes('wordprocessingml') || a.filename.toLowerCase().endsWith('.docx');
const isPdf = (a: AttachmentMeta) => a.mime === 'application/pdf' || a.filename.toLowerCase().endsWith('.pdf');

type Preview = { kind: 'pdf'; url: string } | { kind: 'html'; html: string } | { kind: 'text'; text: string } | { kind: 'error'; message: string };

/** DOCX → HTML from the core, shown in a sandbox with no scripts, no forms and no network: it is someone else's document. */
const wrapHtml = (body: string) =>
  `<!doctype html><html><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; style-src 'unsafe-inline'"><style>body{font:14px/1.5 system-ui,sans-serif;margin:24px;color:#1b1b1f;background:#fff}img{max-width:100%}</style></head><body>${body}</body></html>`;

function AttachmentViewer({ attachment, onClose }: { attachment: AttachmentMeta | null; onClose: () => void }) {
  const [preview, setPreview] = useState<Preview | null>(null);
  useEffect(() => {
    if (!attachment) return;
    let url: string | null = null;
    let live = true;
    setPreview(null);
    void (async () => {
      if (isDocx(attachment)) {
        const r = await invoke('attachments:render-html', { id: attachment.id });
        if (live) setPreview(r.ok ? { kind: 'html', html: r.value.html } : { kind: 'error', message: r.error.message });
        return;
      }
      const r = await invoke('attachments:get-attachment-content', { id: attachment.id });
      if (!live) return;
      if (!r.ok) return setPreview({ kind: 'error', message: r.error.message });
      if (isPdf(attachment)) {
        url = URL.createObjectURL(base64ToBlob(r.value.contentBase64, 'application/pdf'));
        setPreview({ kind: 'pdf', url });
      } else if (attachment.mime.startsWith('text/')) {
        setPreview({ kind: 'text', text: new TextDecoder().decode(Uint8Array.from(atob(r.value.contentBase64), (c) => c.charCodeAt(0))) });
      } else setPreview({ kind: 'error', message: 'This file type cannot be shown here.' });
    })();
    return () => {
      live = false;
      if (url) URL.revokeObjectURL(url);
    };
  }, [attachment]);
  if (!attachment) return null;
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="lg" aria-labelledby="attachment-title">
      <DialogTitle id="attachment-title">{attachment.filename}</DialogTitle>
      <DialogContent sx={{ height: '70vh', p: 0 }}>
        {!preview ? (
          <Typography sx={{ p: 3 }}>Opening…</Typography>
        ) : preview.kind === 'pdf' ? (
          <Box component="iframe" title={`Document ${attachment.filename}`} src={preview.url} sx={{ border: 0, width: '100%', height: '100%' }} />
        ) : preview.kind === 'html' ? (
          <Box component="iframe" title={`Document ${attachment.filename}`} sandbox="" srcDoc={wrapHtml(preview.html)} sx={{ border: 0, width: '100%', height: '100%', bgcolor: '#fff' }} />
        ) : preview.kind === 'text' ? (
          <Box component="pre" sx={{ p: 3, m: 0, whiteSpace: 'pre-wrap', fontFamily: 'inherit' }}>
            {preview.text}
          </Box>
        ) : (
          <Typography color="error" sx={{ p: 3 }}>
            {preview.message}
          </Typography>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Close</Button>
      </DialogActions>
    </Dialog>
  );
}

export function AttachmentsSection({ candidateId, refresh }: { candidateId: number; refresh: number }) {
  const [items, setItems] = useState<AttachmentMeta[]>([]);
  const [open, setOpen] = useState<AttachmentMeta | null>(null);
  const [tick, setTick] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    void invoke('attachments:list-attachments', { candidateId }).then((r) => r.ok && setItems(r.value.items));
  }, [candidateId, refresh, tick]);
  const upload = async (file: File) => {
    const r = await invoke('attachments:add-attachment', {
      candidateId,
      filename: file.name,
      mime: file.type || 'application/octet-stream',
      kind: 'document',
      contentBase64: await fileToBase64(file),
    });
    if (r.ok) {
      notify.success(`Attached ${file.name}`);
      setTick((t) => t + 1);
    } else notify.error(`Not attached: ${r.error.message}`);
  };
  return (
    <Section
      title="Attachments"
      action={
        <>
          <Button size="small" onClick={() => input.current?.click()}>
            Attach file…
          </Button>
          <input
            ref={input}
            type="file"
            hidden
            aria-label="Attach a file"
            onChange={(e) => {
              const f = e.target.files?.[0];
              if (f) void upload(f);
              e.target.value = '';
            }}
          />
        </>
      }
    >
      {items.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          No files yet. Drop a resume anywhere on this window to read it in.
        </Typography>
      ) : (
        <Box component="ul" sx={{ listStyle: 'none', m: 0, p: 0, display: 'grid', gap: 0.5 }}>
          {items.map((a) => (
            <Box component="li" key={a.id} sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
              <Typography variant="body2" sx={{ flex: 1, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }} title={a.filename}>
                {a.filename}
              </Typography>
              <Typography variant="caption" color="text.secondary">
                {a.kind} · {size(a.size)}
              </Typography>
              <Button size="small" aria-label={`View ${a.filename}`} onClick={() => setOpen(a)}>
                View
              </Button>
            </Box>
          ))}
        </Box>
      )}
      <AttachmentViewer attachment={open} onClose={() => setOpen(null)} />
    </Section>
  );
}
