/** File bytes as base64 for the IPC contract (files cross as content, never as paths). */
export async function fileToBase64(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  const CHUNK = 0x8000;
  for (let i = 0; i < bytes.length; i += CHUNK) binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(binary);
}

export function base64ToBlob(base64: string, mime: string): Blob {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return new Blob([bytes], { type: mime });
}

export const RESUME_EXTENSIONS = ['.pdf', '.docx', '.txt'];
export const isResumeFile = (name: string) => RESUME_EXTENSIONS.some((ext) => name.toLowerCase().endsWith(ext));

export type ConsentStatus = 'active' | 'expired' | 'withdrawn';
export function consentStatus(c: { expiresAt: string | null; withdrawnAt: string | null }, now = new Date()): ConsentStatus {
  if (c.withdrawnAt) return 'withdrawn';
  if (c.expiresAt && Date.parse(c.expiresAt) < now.getTime()) return 'expired';
  return 'active';
}
