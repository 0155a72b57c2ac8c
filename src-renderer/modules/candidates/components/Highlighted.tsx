import { useTheme } from '@mui/material/styles';

/** Search highlight segments, rendered as text with <mark> around matches (never as HTML). */
export function Highlighted({ segments }: { segments: { text: string; match: boolean }[] }) {
  const dark = useTheme().palette.mode === 'dark';
  // Fixed pairs, both above 7:1: a theme tint under secondary text did not reach 4.5:1.
  const style = dark ? { background: '#5C4A00', color: '#FFFFFF' } : { background: '#FFE58A', color: '#1B1B1F' };
  return (
    <>
      {segments.map((s, i) =>
        s.match ? (
          <mark key={i} style={{ ...style, borderRadius: 2, padding: '0 2px', fontWeight: 600 }}>
            {s.text}
          </mark>
        ) : (
          <span key={i}>{s.text}</span>
        ),
      )}
    </>
  );
}
