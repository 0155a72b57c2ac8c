import SvgIcon, { type SvgIconProps } from '@mui/material/SvgIcon';

/** Material Symbols "summarize" (Apache-2.0), inlined like the shell's other icons. */
export function ReportsIcon(props: SvgIconProps) {
  return (
    <SvgIcon {...props}>
      <path d="M15 3H5c-1.1 0-1.99.9-1.99 2L3 19c0 1.1.89 2 1.99 2H19c1.1 0 2-.9 2-2V9zM8 17c-.55 0-1-.45-1-1s.45-1 1-1 1 .45 1 1-.45 1-1 1m0-4c-.55 0-1-.45-1-1s.45-1 1-1 1 .45 1 1-.45 1-1 1m0-4c-.55 0-1-.45-1-1s.45-1 1-1 1 .45 1 1-.45 1-1 1m6 1V4.5l5.5 5.5z" />
    </SvgIcon>
  );
}
