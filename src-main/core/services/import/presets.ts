import type { CsvField, CsvMapping, CsvPresetName } from '../../../../src-shared/domain/import.js';
import { foldKey } from './countries.js';

export interface CsvPreset {
  name: CsvPresetName;
  label: string;
  /** Candidate source for rows without a source column. */
  source: string;
  /** Headers that identify the format (all must be present). */
  signature: readonly string[];
  /** Folded header → field; null: known column that is deliberately not imported. */
  columns: Record<string, CsvField | null>;
}

const headerKey = (header: string): string => foldKey(header).replace(/ /g, '');

/**
 * LinkedIn's "Connections.csv" (Settings → Data privacy → Get a copy of your data). It starts with a few
 * "Notes:" lines before the header; e-mail is often empty because members can hide it.
 */
const linkedin: CsvPreset = {
  name: 'linkedin-connections',
  label: 'LinkedIn Connections.csv',
  source: 'LinkedIn',
  signature: ['First Name', 'Last Name', 'URL', 'Email Address', 'Company', 'Position', 'Connected On'].map(headerKey),
  columns: {
    firstname: 'firstName',
    lastname: 'lastName',
    url: 'linkedin',
    emailaddress: 'email',
    company: 'currentCompany',
    position: 'currentTitle',
    connectedon: null,
  },
};

/**
 * Header spellings per field, folded (accents and case dropped, punctuation as spaces). English first, then the
 * spellings of the agencies' other working languages (de, fr, es, it, pt, nl, the Nordics, pl) as their CRMs
 * and spreadsheets export them: "Vorname;Nachname;Firma;Ort" must not lose the company and the city.
 */
const synonyms: Record<CsvField, string[]> = {
  firstName: ['first name', 'firstname', 'given name', 'forename', 'first', 'fname', 'prenom', 'vorname', 'fornavn', 'fornamn', 'nombre', 'nome', 'voornaam', 'imie'],
  lastName: ['last name', 'lastname', 'surname', 'family name', 'last', 'lname', 'nom', 'nachname', 'familienname', 'etternavn', 'efternavn', 'efternamn', 'apellido', 'apellidos', 'cognome', 'sobrenome', 'achternaam', 'nazwisko'],
  fullName: ['name', 'full name', 'candidate name', 'candidate', 'display name', 'contact name', 'person', 'nom complet', 'nombre completo', 'nome completo', 'navn', 'namn', 'naam', 'kandidat', 'candidat', 'candidato', 'imie i nazwisko'],
  email: ['email', 'e-mail', 'email address', 'e-mail address', 'mail', 'primary email', 'work email', 'personal email', 'email 1', 'email 2', 'email 3', 'secondary email', 'other email', 'e-mail-adresse', 'emailadresse', 'courriel', 'adresse e-mail', 'correo', 'correo electronico', 'indirizzo email', 'e-post', 'epost', 'e-postadresse', 'mejl', 'e-mailadres'],
  phone: ['phone', 'phone number', 'telephone', 'tel', 'mobile', 'mobile phone', 'mobile number', 'cell', 'cell phone', 'work phone', 'home phone', 'phone 1', 'phone 2', 'phone 3', 'other phone', 'telefon', 'telefonnummer', 'handy', 'handynummer', 'mobil', 'mobilnummer', 'portable', 'numero de telephone', 'telefono', 'movil', 'celular', 'cellulare', 'telefone', 'telefoon', 'telefoonnummer', 'mobiel', 'telefon komorkowy'],
  linkedin: ['linkedin', 'linkedin url', 'linkedin profile', 'linkedin profile url', 'profile url', 'linkedin profil'],
  github: ['github', 'github url', 'github profile'],
  website: ['website', 'web', 'homepage', 'url', 'portfolio', 'personal website', 'web site', 'blog', 'webseite', 'site web', 'sitio web', 'sito web'],
  headline: ['headline', 'professional headline', 'tagline'],
  currentTitle: ['title', 'job title', 'position', 'role', 'current title', 'current position', 'current role', 'occupation', 'berufsbezeichnung', 'jobtitel', 'funktion', 'poste', 'titre', 'intitule du poste', 'puesto', 'cargo', 'ruolo', 'functie', 'functietitel', 'stilling', 'stillingstittel', 'befattning', 'titel', 'stanowisko'],
  currentCompany: ['company', 'employer', 'organization', 'organisation', 'current company', 'current employer', 'company name', 'firma', 'unternehmen', 'arbeitgeber', 'entreprise', 'societe', 'employeur', 'empresa', 'azienda', 'bedrijf', 'werkgever', 'arbeidsgiver', 'selskap', 'foretag', 'virksomhed', 'arbejdsgiver'],
  city: ['city', 'town', 'locality', 'ort', 'stadt', 'wohnort', 'ville', 'ciudad', 'citta', 'cidade', 'stad', 'plaats', 'woonplaats', 'miasto', 'poststed'],
  region: ['region', 'state', 'province', 'county', 'state province', 'bundesland', 'kanton', 'provinz', 'provincia', 'provincie', 'departement', 'fylke', 'lan', 'wojewodztwo'],
  country: ['country', 'country code', 'nation', 'land', 'pays', 'pais', 'paese', 'kraj'],
  location: ['location', 'address', 'based in', 'standort', 'adresse', 'lieu', 'ubicacion', 'localita', 'locatie', 'adres', 'lokalizacja'],
  source: ['source', 'lead source', 'candidate source', 'quelle', 'herkunft', 'origine', 'fuente', 'fonte', 'bron', 'kilde', 'kalla', 'zrodlo'],
  tags: ['tags', 'tag', 'labels', 'label', 'categories', 'schlagworte', 'stichworte', 'etiketten', 'etiquettes', 'etiquetas', 'etichette', 'tagi'],
  skills: ['skills', 'skill', 'key skills', 'competencies', 'expertise', 'kenntnisse', 'fahigkeiten', 'faehigkeiten', 'kompetenzen', 'competences', 'habilidades', 'competencias', 'competenze', 'vaardigheden', 'ferdigheter', 'kompetencer', 'kompetenser', 'umiejetnosci'],
  languages: ['languages', 'language', 'spoken languages', 'sprachen', 'langues', 'idiomas', 'lingue', 'talen', 'sprak', 'jezyki'],
  industries: ['industries', 'industry', 'sector', 'sectors', 'branche', 'branchen', 'secteur', 'industria', 'bransje', 'bransch', 'branza'],
  seniority: ['seniority', 'level', 'seniority level'],
  remotePreference: ['remote preference', 'remote', 'work mode', 'workplace'],
  timezone: ['timezone', 'time zone', 'tz', 'zeitzone', 'fuseau horaire'],
  availability: ['availability', 'available', 'available from', 'verfugbarkeit', 'verfuegbar ab', 'disponibilite', 'disponibilidad', 'disponibilita'],
  noticePeriodDays: ['notice period days', 'notice period', 'notice', 'notice days', 'kundigungsfrist', 'preavis'],
  workAuthorization: ['work authorization', 'work authorisation', 'work permit', 'visa status', 'right to work', 'arbeitserlaubnis', 'permis de travail'],
  desiredRole: ['desired role', 'target role', 'desired position', 'wunschposition', 'poste recherche'],
  desiredSalaryMin: ['desired salary min', 'desired salary', 'salary expectation', 'expected salary', 'salary min', 'minimum salary', 'gehaltsvorstellung', 'wunschgehalt', 'pretentions salariales', 'salario deseado'],
  desiredSalaryMax: ['desired salary max', 'salary max', 'maximum salary'],
  salaryCurrency: ['salary currency', 'currency', 'wahrung', 'devise', 'moneda', 'valuta'],
  careerGoals: ['career goals', 'goals', 'career goal', 'karriereziele', 'objectifs'],
};

const generic: CsvPreset = {
  name: 'generic',
  label: 'Generic CSV',
  source: 'CSV import',
  signature: [],
  columns: Object.fromEntries(
    (Object.entries(synonyms) as [CsvField, string[]][]).flatMap(([field, names]) => names.map((n) => [headerKey(n), field])),
  ),
};
// Columns that Rapport's own export writes but that are not candidate input.
for (const ignored of ['rapport id', 'id', 'created at', 'updated at', 'connected on']) generic.columns[headerKey(ignored)] = null;

export const presets: Record<CsvPresetName, CsvPreset> = { 'linkedin-connections': linkedin, generic };

export const matchesSignature = (preset: CsvPreset, headers: readonly string[]): boolean => {
  if (preset.signature.length === 0) return false;
  const keys = new Set(headers.map(headerKey));
  return preset.signature.every((s) => keys.has(s));
};

/** The preset whose signature the headers carry; otherwise generic. */
export const detectPreset = (headers: readonly string[]): CsvPreset => (matchesSignature(linkedin, headers) ? linkedin : generic);

/** Maps each header to a field by the preset, falling back to generic synonyms; unknown headers stay null. */
export function mappingFor(preset: CsvPreset, headers: readonly string[]): { mapping: CsvMapping; unmapped: string[] } {
  const unmapped: string[] = [];
  const mapping = headers.map((h) => {
    const key = headerKey(h);
    if (key in preset.columns) return preset.columns[key] ?? null;
    if (key in generic.columns) return generic.columns[key] ?? null;
    if (h.trim() !== '') unmapped.push(h);
    return null;
  });
  return { mapping, unmapped };
}
