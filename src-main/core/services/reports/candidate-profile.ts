import type { Candidate } from '../../../../src-shared/domain/candidate.js';
import { formatDay } from '../../../../src-shared/domain/kpi/format.js';
import type { PdfFile } from '../../../../src-shared/domain/kpi/reports.js';
import { CodedError } from '../../../../src-shared/ipc/result.js';
import type { ReadDb } from '../../db/database.js';
import { getCandidate } from '../../db/repositories/candidates.js';
import { sql } from '../../db/statements.js';
import { initials, scrub } from './anonymize.js';
import { brandingData } from './branding.js';
import { INK, MUTED, ReportPdf, tint } from './pdf.js';

const seniorityLabel: Record<string, string> = {
  intern: 'Intern', junior: 'Junior', mid: 'Mid-level', senior: 'Senior', lead: 'Lead', principal: 'Principal', director: 'Director', executive: 'Executive',
};
const remoteLabel: Record<string, string> = { onsite: 'On-site', hybrid: 'Hybrid', remote: 'Remote', flexible: 'Flexible' };
const levelLabel = ['', 'aware', 'working', 'proficient', 'advanced', 'expert'];
const money = (n: number) => new Intl.NumberFormat('en-US').format(n);

const regionName = (code: string): string => {
  if (!code) return '';
  try {
    return new Intl.DisplayNames(['en'], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
};

/** "2021-03" → "Mar 2021"; anything else as written. */
const month = (s: string | undefined): string => {
  if (!s) return '';
  const m = /^(\d{4})-(\d{2})/.exec(s);
  if (!m) return s;
  return new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, 1)));
};

/**
 * A candidate profile to send to a client. Anonymised: no e-mail, phone or links anywhere (free text
 * included), the name reduced to initials in the text, the file name and the PDF's metadata.
 */
export async function candidateProfile(db: ReadDb, candidateId: number, anonymize: boolean, now: Date): Promise<PdfFile> {
  const started = performance.now();
  const merged = sql(db, 'SELECT merged_into FROM candidates WHERE id = ?').get(candidateId) as { merged_into: number | null } | undefined;
  if (merged?.merged_into) throw new CodedError('not_found', `Candidate ${candidateId} was merged into candidate ${merged.merged_into}; use that record`);
  const c: Candidate = getCandidate(db, candidateId);
  const brand = brandingData(db);
  const names = [c.firstName, c.lastName, c.displayName];
  const text = (s: string) => (anonymize ? scrub(s, names) : s);
  const who = anonymize ? initials(c.firstName, c.lastName) : c.displayName;
  const reference = `Candidate reference R-${String(c.id).padStart(5, '0')}`;
  const pdf = new ReportPdf(brand, {
    title: `Candidate profile: ${who}`,
    subject: anonymize ? `Anonymised candidate profile (${reference})` : `Candidate profile of ${c.displayName}`,
    footer: `${brand.agencyName} · Confidential candidate profile · ${who} · prepared ${formatDay(now.toISOString())}`,
  });
  pdf.banner(anonymize ? 'Anonymised candidate profile' : 'Candidate profile', `Prepared ${formatDay(now.toISOString())}\n${reference}`);

  pdf.doc.font('bold').fontSize(22).fillColor(INK).text(pdf.t(who), pdf.left, pdf.y, { width: pdf.contentWidth });
  const role = [text(c.currentTitle), anonymize ? '' : c.currentCompany].filter(Boolean).join(' at ');
  if (role) pdf.paragraph(role, { size: 12, gap: 2 });
  const place = [c.city, regionName(c.country)].filter(Boolean).join(', ');
  if (place) pdf.paragraph(place, { color: MUTED, gap: 2 });
  if (c.headline) pdf.paragraph(text(c.headline), { color: MUTED, size: 10 });
  pdf.y += 4;

  if (anonymize) {
    pdf.paragraph(
      `Contact details and identity are withheld by ${brand.agencyName}. Please quote ${reference} when you reply.`,
      { size: 9, color: MUTED },
    );
  } else {
    const contact: [string, string][] = [];
    for (const e of c.emails) contact.push([e.primary ? 'E-mail' : `E-mail${e.label ? ` (${e.label})` : ''}`, e.address]);
    for (const p of c.phones) contact.push([p.primary ? 'Phone' : `Phone${p.label ? ` (${p.label})` : ''}`, p.number]);
    for (const l of c.links) contact.push([l.kind === 'linkedin' ? 'LinkedIn' : l.kind[0]!.toUpperCase() + l.kind.slice(1), l.url]);
    if (contact.length) {
      pdf.heading('Contact', 12);
      pdf.facts(contact);
    }
  }

  pdf.heading('At a glance', 12);
  const salary =
    c.desiredSalaryMin || c.desiredSalaryMax
      ? `${c.salaryCurrency ? `${c.salaryCurrency} ` : ''}${[c.desiredSalaryMin, c.desiredSalaryMax].filter((n): n is number => n !== null).map(money).join(' – ')}${c.desiredSalaryMax ? '' : '+'}`
      : '';
  pdf.facts([
    ['Seniority', c.seniority ? seniorityLabel[c.seniority]! : ''],
    ['Looking for', text(c.desiredRole)],
    ['Availability', text(c.availability)],
    ['Notice period', c.noticePeriodDays === null ? '' : c.noticePeriodDays === 0 ? 'None' : `${c.noticePeriodDays} days`],
    ['Work setting', c.remotePreference ? remoteLabel[c.remotePreference]! : ''],
    ['Right to work', text(c.workAuthorization)],
    ['Salary expectation', salary],
    ['Languages', c.languages.join(', ')],
  ]);
  if (c.careerGoals) {
    pdf.heading('Career goals', 12);
    pdf.paragraph(text(c.careerGoals));
  }

  if (c.skills.length) {
    pdf.heading('Skills', 12);
    const skills = [...c.skills].sort((a, b) => (b.level ?? 0) - (a.level ?? 0) || a.name.localeCompare(b.name));
    await pdf.table(
      null,
      [
        { header: 'Skill', width: 50 },
        { header: 'Level', width: 25 },
        { header: 'Years', width: 25, align: 'right' },
      ],
      skills.map((s) => [text(s.name), s.level ? `${s.level}/5 · ${levelLabel[s.level]}` : '—', s.years === null ? '—' : String(s.years)]),
    );
  }

  if (c.experience.length) {
    pdf.heading('Experience', 12);
    for (const e of c.experience) {
      const dates = [month(e.start), e.end ? month(e.end) : e.start ? 'present' : ''].filter(Boolean).join(' – ');
      pdf.ensure(44);
      const y = pdf.y;
      pdf.doc.save().rect(pdf.left, y, 3, 30).fill(tint(brand.colour, 0.3)).restore();
      pdf.doc.font('bold').fontSize(10.5).fillColor(INK).text(pdf.t(text(e.title) || 'Role'), pdf.left + 10, y, { width: pdf.contentWidth - 150 });
      pdf.doc.font('body').fontSize(9).fillColor(MUTED).text(pdf.t(dates), pdf.right - 140, y + 1, { width: 140, align: 'right' });
      // The current employer alone can identify someone: withheld in an anonymised profile.
      const current = !e.end || (c.currentCompany !== '' && e.company === c.currentCompany);
      const company = anonymize && current ? 'Current employer (withheld)' : text(e.company);
      pdf.doc.font('body').fontSize(9.5).fillColor(INK).text(pdf.t(company), pdf.left + 10, pdf.y + 1, { width: pdf.contentWidth - 10 });
      if (e.summary) pdf.doc.font('body').fontSize(9).fillColor(INK).text(pdf.t(text(e.summary)), pdf.left + 10, pdf.y + 2, { width: pdf.contentWidth - 10 });
      pdf.y = Math.max(pdf.y, y + 30) + 8;
    }
  }

  if (c.education.length) {
    pdf.heading('Education', 12);
    for (const e of c.education) {
      pdf.paragraph([text(e.degree ?? ''), text(e.field ?? '')].filter(Boolean).join(', ') || text(e.institution), { bold: true, gap: 0, size: 10 });
      pdf.paragraph([text(e.institution), e.end ?? ''].filter(Boolean).join(' · '), { color: MUTED, size: 9 });
    }
  }
  if (c.industries.length) {
    pdf.heading('Industries', 12);
    pdf.paragraph(c.industries.map(text).join(', '));
  }

  pdf.y += 10;
  pdf.paragraph(
    `This profile is confidential and shared for the purpose of the recruitment process only. It may not be passed on without the agreement of ${brand.agencyName}.`,
    { size: 8, color: MUTED },
  );

  const { buffer, pages } = await pdf.finish();
  const slug = anonymize ? who.replace(/[^A-Za-z]/g, '') || 'candidate' : c.displayName.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '').toLowerCase();
  return {
    filename: anonymize ? `candidate-profile-${slug}-R${String(c.id).padStart(5, '0')}.pdf` : `candidate-profile-${slug || 'candidate'}.pdf`,
    base64: buffer.toString('base64'),
    bytes: buffer.length,
    pages,
    ms: Math.round(performance.now() - started),
  };
}
