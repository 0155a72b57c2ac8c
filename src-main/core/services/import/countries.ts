/** Country names → ISO 3166-1 alpha-2, from ICU's region names in the languages our agencies work in. */
const LOCALES = ['en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'nb', 'sv', 'da', 'fi', 'pl'];

const EXTRA: Record<string, string> = {
  uk: 'GB',
  'great britain': 'GB',
  britain: 'GB',
  england: 'GB',
  scotland: 'GB',
  wales: 'GB',
  'northern ireland': 'GB',
  usa: 'US',
  'u s a': 'US',
  'u s': 'US',
  america: 'US',
  'united states of america': 'US',
  uae: 'AE',
  holland: 'NL',
  'the netherlands': 'NL',
  'czech republic': 'CZ',
  korea: 'KR',
  'republic of korea': 'KR',
  russia: 'RU',
  turkey: 'TR',
  vietnam: 'VN',
  'viet nam': 'VN',
  eire: 'IE',
  norge: 'NO',
  sverige: 'SE',
  danmark: 'DK',
  suomi: 'FI',
  deutschland: 'DE',
  schweiz: 'CH',
  suisse: 'CH',
  svizzera: 'CH',
  osterreich: 'AT',
  polska: 'PL',
  espana: 'ES',
  italia: 'IT',
  brasil: 'BR',
};

export const foldKey = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ø/gi, 'o')
    .replace(/æ/gi, 'ae')
    .replace(/ß/g, 'ss')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/** Groupings and withdrawn codes that ICU still names (DD "Germany", SU "Russia", YU "Serbia"…): never a result. */
const PSEUDO_REGIONS = new Set(['EU', 'UN', 'EZ', 'QO', 'XA', 'XB', 'ZZ', 'AN', 'HV', 'DY', 'BU', 'ZR', 'CS', 'YU', 'DD', 'FX', 'UK', 'NH', 'RH', 'SU', 'TP', 'VD', 'YD']);
let codes: Set<string> | null = null;
const table = new Map<string, string>(Object.entries(EXTRA));
let localesLoaded = 0;

const allCodes = (): string[] => {
  const out: string[] = [];
  for (let a = 65; a < 91; a++) for (let b = 65; b < 91; b++) out.push(String.fromCharCode(a, b));
  return out;
};

/** Adds one locale's names; built lazily, one locale at a time, so no single lookup holds the loop for long. */
function loadLocale(locale: string): void {
  const dn = new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' });
  const known = codes === null ? new Set<string>() : null;
  for (const code of allCodes()) {
    let name: string | undefined;
    try {
      name = dn.of(code);
    } catch {
      name = undefined;
    }
    if (!name || name === code || PSEUDO_REGIONS.has(code)) continue;
    known?.add(code);
    const key = foldKey(name);
    if (!table.has(key)) table.set(key, code);
  }
  if (known) codes = known;
}

/** "Norway", "Norge", "NO", "no" → "NO"; unknown → null. */
export function countryCode(input: string): string | null {
  if (localesLoaded === 0) loadLocale(LOCALES[localesLoaded++]!);
  const trimmed = input.trim();
  if (trimmed === '') return null;
  if (/^[A-Za-z]{2}$/.test(trimmed)) {
    const code = trimmed.toUpperCase();
    if (code === 'UK') return 'GB';
    return codes!.has(code) ? code : null;
  }
  const key = foldKey(trimmed);
  for (;;) {
    const hit = table.get(key);
    if (hit) return hit;
    if (localesLoaded >= LOCALES.length) return null;
    loadLocale(LOCALES[localesLoaded++]!);
  }
}

export function countryName(code: string): string {
  try {
    return new Intl.DisplayNames(['en'], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}
