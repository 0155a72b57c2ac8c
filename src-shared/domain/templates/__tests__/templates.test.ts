import { describe, expect, it } from 'vitest';
import { handoffUrl, linkedinProfileUrl, mailtoUrl, telUrl, whatsappUrl } from '../handoff.js';
import { fieldWarnings, referencedFields } from '../merge-fields.js';

describe('merge fields', () => {
  it('finds output fields, defaults and condition-only fields', () => {
    const r = referencedFields('Hi {{ candidate.first_name }} {{ job.title | default: "the role" }} {% if candidate.seniority == "senior" %}x{% endif %}');
    expect(r.output).toEqual([
      { path: 'candidate.first_name', hasDefault: false },
      { path: 'job.title', hasDefault: true },
    ]);
    expect(r.conditions).toEqual(['candidate.seniority']);
    expect(fieldWarnings(['{% if candidate.city != blank %}in {{ candidate.city }}{% endif %}'], { candidate: { city: '' } })).toEqual([]);
  });

  it('warns for empty fields without a default and for unknown fields, not for conditions', () => {
    const w = fieldWarnings(['{{ candidate.first_name }} {{ candidate.city }} {{ job.title | default: "x" }} {{ candidate.shoe_size }}'], {
      candidate: { first_name: 'Ada', city: '' },
      job: { title: '' },
    });
    expect(w.map((x) => [x.path, x.kind])).toEqual([
      ['candidate.city', 'empty'],
      ['candidate.shoe_size', 'unknown'],
    ]);
  });
});

describe('hand-off links', () => {
  it('mailto escapes subject and body with %20 and CRLF', () => {
    expect(mailtoUrl('ada@example.com', 'Hi & bye', 'a b\nc')).toBe('mailto:ada@example.com?subject=Hi%20%26%20bye&body=a%20b%0D%0Ac');
  });
  it('tel and wa.me keep digits', () => {
    expect(telUrl('+47 912 34 567')).toBe('tel:+4791234567');
    expect(whatsappUrl('+47 912 34 567', 'Hei på deg')).toBe('https://wa.me/4791234567?text=Hei%20p%C3%A5%20deg');
  });
  it('only https LinkedIn URLs', () => {
    expect(linkedinProfileUrl('linkedin.com/in/ada')).toBe('https://linkedin.com/in/ada');
    expect(linkedinProfileUrl('http://www.linkedin.com/in/ada')).toBe('https://www.linkedin.com/in/ada');
    expect(linkedinProfileUrl('https://evil.example/linkedin.com')).toBeNull();
    expect(linkedinProfileUrl('javascript:alert(1)')).toBeNull();
  });
  it('says why a channel cannot be handed off', () => {
    expect(handoffUrl({ channel: 'email', subject: 's', body: 'b' })).toEqual({ url: null, reason: 'No e-mail address' });
    expect(handoffUrl({ channel: 'phone', phone: '+1 (912) 555-4321', subject: '', body: '' }).url).toBe('tel:+19125554321');
  });
});
