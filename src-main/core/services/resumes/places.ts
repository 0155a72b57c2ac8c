import { countryCode, foldKey } from '../import/countries.js';

/**
 * "City, Region" and "City, Country" on a resume. US resumes write "San Francisco, CA" and "Austin, Texas",
 * Canadian ones "Toronto, ON"; elsewhere "Berlin, Germany" or "Berlin, DE". Two-letter codes clash (CA is
 * California and Canada, DE Delaware and Germany, IN Indiana and India), so the rule is:
 *
 * 1. The city is a well-known city of the country the code names ("Toronto, CA", "Berlin, DE",
 *    "St. John's, NL"): that country (and the province, for Canada).
 * 2. A US state code or name: that state, country US. When the code or name is also a country's
 *    ("Dover, DE", "Atlanta, Georgia") and the city is not a well-known US one ("San Francisco, CA"),
 *    this is a guess and says so with a lower confidence.
 * 3. A Canadian province code or name: that province, country CA — except SK, NL and PE, which are far
 *    more often Slovakia, the Netherlands and Peru.
 * 4. A well-known city elsewhere with a region code ("Chennai, TN", "Perth, WA", "Darwin, NT"): that city's
 *    country, the code as its region (Tamil Nadu, Western Australia), not a US state or Canadian province.
 * 5. Otherwise a country code or name, as before.
 *
 * The region is kept as written ("TX" or "Texas"), like the CSV import keeps it.
 */

const US_STATES: Record<string, string> = {
  AL: 'Alabama', AK: 'Alaska', AZ: 'Arizona', AR: 'Arkansas', CA: 'California', CO: 'Colorado', CT: 'Connecticut', DE: 'Delaware',
  DC: 'District of Columbia', FL: 'Florida', GA: 'Georgia', HI: 'Hawaii', ID: 'Idaho', IL: 'Illinois', IN: 'Indiana', IA: 'Iowa',
  KS: 'Kansas', KY: 'Kentucky', LA: 'Louisiana', ME: 'Maine', MD: 'Maryland', MA: 'Massachusetts', MI: 'Michigan', MN: 'Minnesota',
  MS: 'Mississippi', MO: 'Missouri', MT: 'Montana', NE: 'Nebraska', NV: 'Nevada', NH: 'New Hampshire', NJ: 'New Jersey', NM: 'New Mexico',
  NY: 'New York', NC: 'North Carolina', ND: 'North Dakota', OH: 'Ohio', OK: 'Oklahoma', OR: 'Oregon', PA: 'Pennsylvania', RI: 'Rhode Island',
  SC: 'South Carolina', SD: 'South Dakota', TN: 'Tennessee', TX: 'Texas', UT: 'Utah', VT: 'Vermont', VA: 'Virginia', WA: 'Washington',
  WV: 'West Virginia', WI: 'Wisconsin', WY: 'Wyoming',
};

const PROVINCES: Record<string, string> = {
  AB: 'Alberta', BC: 'British Columbia', MB: 'Manitoba', NB: 'New Brunswick', NL: 'Newfoundland and Labrador', NS: 'Nova Scotia',
  NT: 'Northwest Territories', NU: 'Nunavut', ON: 'Ontario', PE: 'Prince Edward Island', QC: 'Quebec', SK: 'Saskatchewan', YT: 'Yukon',
};

/** Cities that settle a clashing code: big cities of the countries and states whose codes clash. */
const WELL_KNOWN: Record<string, string[]> = {
  US: [
    'san francisco', 'los angeles', 'san diego', 'san jose', 'palo alto', 'mountain view', 'sunnyvale', 'oakland', 'sacramento', 'boston', 'cambridge',
    'philadelphia', 'pittsburgh', 'atlanta', 'chicago', 'denver', 'boulder', 'indianapolis', 'baltimore', 'new orleans', 'phoenix', 'minneapolis',
    'st louis', 'nashville', 'charlotte', 'raleigh', 'durham', 'richmond', 'arlington', 'wilmington', 'detroit', 'boise', 'portland', 'louisville',
  ],
  CA: ['toronto', 'montreal', 'vancouver', 'ottawa', 'calgary', 'edmonton', 'winnipeg', 'quebec', 'quebec city', 'halifax', 'mississauga', 'saskatoon', 'regina', 'st john s', 'charlottetown'],
  DE: ['berlin', 'munchen', 'munich', 'hamburg', 'frankfurt', 'frankfurt am main', 'koln', 'cologne', 'stuttgart', 'dusseldorf', 'leipzig', 'dresden', 'hannover', 'nurnberg', 'nuremberg', 'bonn', 'bremen', 'essen', 'dortmund', 'karlsruhe', 'heidelberg', 'mannheim'],
  IN: ['mumbai', 'bombay', 'delhi', 'new delhi', 'bengaluru', 'bangalore', 'hyderabad', 'chennai', 'pune', 'kolkata', 'noida', 'gurgaon', 'gurugram', 'ahmedabad', 'kochi', 'jaipur'],
  ID: ['jakarta', 'bandung', 'surabaya', 'denpasar', 'yogyakarta'],
  IL: ['tel aviv', 'tel aviv yafo', 'jerusalem', 'haifa', 'herzliya', 'ramat gan', 'petah tikva'],
  AR: ['buenos aires', 'cordoba', 'rosario', 'mendoza'],
  CO: ['bogota', 'medellin', 'cali', 'barranquilla', 'cartagena'],
  MA: ['casablanca', 'rabat', 'marrakech', 'marrakesh', 'tangier', 'fes', 'fez'],
  PA: ['panama city', 'panama'],
  MT: ['valletta', 'sliema', 'st julian s'],
  GE: ['tbilisi', 'batumi'],
  AL: ['tirana'],
  AZ: ['baku'],
  MD: ['chisinau'],
  ME: ['podgorica'],
  MN: ['ulaanbaatar'],
  TN: ['tunis'],
  AU: ['sydney', 'melbourne', 'brisbane', 'perth', 'adelaide', 'canberra', 'darwin', 'hobart', 'gold coast', 'newcastle', 'geelong', 'parramatta'],
};
const homeOf = new Map(Object.entries(WELL_KNOWN).flatMap(([code, cities]) => cities.map((c) => [c, code] as const)));

const byName = (table: Record<string, string>) => new Map(Object.entries(table).map(([code, name]) => [foldKey(name), code]));
const US_NAMES = byName(US_STATES);
const PROVINCE_NAMES = byName(PROVINCES).set('newfoundland', 'NL');
/** Province codes that are more often a country on a resume ("Amsterdam, NL", "Bratislava, SK", "Lima, PE"). */
const PROVINCE_CLASHES = new Set(['SK', 'NL', 'PE']);

export interface Place {
  city: string;
  region: string;
  country: string;
  /** False when a clashing code or name was settled by rule of thumb alone. */
  sure: boolean;
}

/** The last part after a city: a state, province or country ("CA", "Texas", "Ontario", "Germany"); null if none. */
function resolveRegion(city: string, written: string): Omit<Place, 'city'> | null {
  const code = /^[A-Z]{2}$/.test(written) ? written : null;
  const key = foldKey(written);
  const state = code && US_STATES[code] ? code : (US_NAMES.get(key) ?? null);
  const province = code && PROVINCES[code] ? code : (PROVINCE_NAMES.get(key) ?? null);
  const country = countryCode(written);
  const home = homeOf.get(foldKey(city));
  if (home && home === country) return { region: '', country, sure: true };
  if (home === 'CA' && province) return { region: written, country: 'CA', sure: true };
  // A well-known city of another country, then a region code: that country's region, not a US or Canadian one.
  if (home && home !== 'US' && home !== 'CA' && code) return { region: written, country: home, sure: true };
  if (state) return { region: written, country: 'US', sure: country === null || home === 'US' };
  if (province && !(country && PROVINCE_CLASHES.has(province))) return { region: written, country: 'CA', sure: country === null };
  return country ? { region: '', country, sure: true } : null;
}

/**
 * "City, Region" / "City, Country" / "City, Region, Country", already split at the commas; null when it is
 * not a place.
 */
export function placeOf(pieces: readonly string[]): Place | null {
  if (pieces.length < 2 || pieces.length > 3) return null;
  const city = pieces[0]!;
  const last = pieces[pieces.length - 1]!;
  if (pieces.length === 3) {
    // "Austin, TX, USA" / "Toronto, ON, CA": the last part is the country (CA after a province is Canada).
    const country = countryCode(last);
    return country ? { city, region: pieces[1]!, country, sure: true } : null;
  }
  const resolved = resolveRegion(city, last);
  return resolved ? { city, ...resolved } : null;
}
