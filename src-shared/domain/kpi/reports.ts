import { z } from 'zod';

/** Agency branding for reports: the name lives in `agency.name`, colour and logo beside it. */
export const MAX_LOGO_BYTES = 256 * 1024;
export const DEFAULT_BRAND_COLOUR = '#0B5F6B';

const hexColour = z
  .string()
  .trim()
  .regex(/^#[0-9a-fA-F]{6}$/, 'Use a colour as #RRGGBB')
  .transform((s) => s.toUpperCase());

export const logoImage = z
  .object({
    mime: z.enum(['image/png', 'image/jpeg']),
    /** Base64 of the file, at most 256 KB decoded. */
    base64: z
      .string()
      .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'The logo must be base64')
      .refine((s) => Math.floor((s.length * 3) / 4) <= MAX_LOGO_BYTES + 2, 'The logo must be at most 256 KB'),
  })
  .strict();
export type LogoImage = z.infer<typeof logoImage>;

export const branding = z.object({
  agencyName: z.string(),
  colour: z.string(),
  logo: logoImage.nullable(),
});
export type Branding = z.infer<typeof branding>;

export const brandingUpdate = z
  .object({
    agencyName: z.string().trim().min(1, 'Give the agency a name').max(120),
    colour: hexColour,
    logo: logoImage.nullable(),
  })
  .partial()
  .strict();

export const pdfFile = z.object({
  filename: z.string(),
  /** The PDF, base64: the host decides where it goes (a download, a save dialog, the CLI's --out path). */
  base64: z.string(),
  bytes: z.number().int(),
  pages: z.number().int(),
  ms: z.number(),
});
export type PdfFile = z.infer<typeof pdfFile>;

/** White or near-black text on a brand colour, whichever has the higher WCAG contrast. */
export function contrastText(hex: string): '#FFFFFF' | '#1A2529' {
  if (!/^#[0-9a-fA-F]{6}$/.test(hex)) return '#FFFFFF';
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  const l = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  const ink = 0.0142; // relative luminance of #1A2529
  return 1.05 / (l + 0.05) >= (l + 0.05) / (ink + 0.05) ? '#FFFFFF' : '#1A2529';
}
