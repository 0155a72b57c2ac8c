import { DEFAULT_BRAND_COLOUR, MAX_LOGO_BYTES, type Branding, type LogoImage } from '../../../../src-shared/domain/kpi/reports.js';
import { CodedError } from '../../../../src-shared/ipc/result.js';
import type { ReadDb, WriteDb } from '../../db/database.js';
import { getSetting, setSetting } from '../../db/repositories/settings.js';

export const AGENCY_NAME_KEY = 'agency.name';
export const BRAND_COLOUR_KEY = 'agency.brandColour';
export const LOGO_KEY = 'agency.logo';
const FALLBACK_NAME = 'Your agency';

/** What the PDF writer needs: the logo already decoded. */
export interface BrandingData {
  agencyName: string;
  colour: string;
  logo: Buffer | null;
}

export function getBranding(db: ReadDb): Branding {
  return {
    agencyName: getSetting<string>(db, AGENCY_NAME_KEY, '') || FALLBACK_NAME,
    colour: getSetting<string>(db, BRAND_COLOUR_KEY, DEFAULT_BRAND_COLOUR),
    logo: getSetting<LogoImage | null>(db, LOGO_KEY, null),
  };
}

export function brandingData(db: ReadDb): BrandingData {
  const b = getBranding(db);
  return { agencyName: b.agencyName, colour: b.colour, logo: b.logo ? Buffer.from(b.logo.base64, 'base64') : null };
}

/** Checks the bytes are what the MIME type says (magic numbers), so a renamed file is caught on upload, not in a report. */
export function checkLogo(logo: LogoImage): void {
  const bytes = Buffer.from(logo.base64, 'base64');
  if (bytes.length === 0) throw new CodedError('invalid_input', 'The logo file is empty', 'logo');
  if (bytes.length > MAX_LOGO_BYTES) throw new CodedError('invalid_input', 'The logo must be at most 256 KB', 'logo');
  const png = bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  const jpeg = bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff;
  if ((logo.mime === 'image/png' && !png) || (logo.mime === 'image/jpeg' && !jpeg)) {
    throw new CodedError('invalid_input', `The logo is not a ${logo.mime === 'image/png' ? 'PNG' : 'JPEG'} image`, 'logo');
  }
}

export function updateBranding(db: WriteDb, patch: Partial<Branding>): Branding {
  if (patch.agencyName !== undefined) setSetting(db, AGENCY_NAME_KEY, patch.agencyName);
  if (patch.colour !== undefined) setSetting(db, BRAND_COLOUR_KEY, patch.colour);
  if (patch.logo !== undefined) {
    if (patch.logo) checkLogo(patch.logo);
    setSetting(db, LOGO_KEY, patch.logo);
  }
  return getBranding(db);
}
