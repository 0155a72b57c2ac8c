/** One policy for the Electron window and the browser host: only our own scripts, no framing, no foreign connections. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  // MUI (emotion) injects style elements at run time.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "frame-src 'self' blob:",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Links the app may hand to the OS (browser, mail client, dialler); everything else is refused. */
export const EXTERNAL_PROTOCOLS = ['https:', 'mailto:', 'tel:'] as const;

export function isAllowedExternalUrl(url: string): boolean {
  try {
    return (EXTERNAL_PROTOCOLS as readonly string[]).includes(new URL(url).protocol);
  } catch {
    return false;
  }
}
