/** Hand-off links for composing on the recruiter's own tools: mail client, dialler, WhatsApp, LinkedIn. */
export interface HandoffInput {
  channel: string;
  email?: string | null | undefined;
  phone?: string | null | undefined;
  linkedinUrl?: string | null | undefined;
  subject: string;
  body: string;
}

/** mailto: with RFC 6068 escaping (spaces as %20, never '+', CRLF line breaks). */
export function mailtoUrl(to: string, subject: string, body: string): string {
  const q = [`subject=${encodeURIComponent(subject)}`, `body=${encodeURIComponent(body.replace(/\r?\n/g, '\r\n'))}`];
  return `mailto:${encodeURIComponent(to).replace(/%40/g, '@')}?${q.join('&')}`;
}

/** tel: keeps + and digits only. */
export const telUrl = (phone: string): string => `tel:${phone.replace(/[^\d+]/g, '')}`;

/** wa.me wants the international number without + or spaces. */
export const whatsappUrl = (phone: string, text: string): string =>
  `https://wa.me/${phone.replace(/\D/g, '')}${text ? `?text=${encodeURIComponent(text)}` : ''}`;

/** Only https LinkedIn profile URLs are handed to the OS. */
export function linkedinProfileUrl(url: string): string | null {
  try {
    const u = new URL(url.startsWith('http') ? url : `https://${url}`);
    if (!/(^|\.)linkedin\.com$/i.test(u.hostname)) return null;
    u.protocol = 'https:';
    return u.href;
  } catch {
    return null;
  }
}

/** The URL to open for a channel, or null with the reason it cannot be handed off. */
export function handoffUrl(input: HandoffInput): { url: string | null; reason: string | null } {
  switch (input.channel) {
    case 'email':
      return input.email ? { url: mailtoUrl(input.email, input.subject, input.body), reason: null } : { url: null, reason: 'No e-mail address' };
    case 'phone':
    case 'sms':
      return input.phone ? { url: telUrl(input.phone), reason: null } : { url: null, reason: 'No phone number' };
    case 'whatsapp':
      return input.phone ? { url: whatsappUrl(input.phone, input.body), reason: null } : { url: null, reason: 'No phone number' };
    case 'linkedin': {
      const url = input.linkedinUrl ? linkedinProfileUrl(input.linkedinUrl) : null;
      return url ? { url, reason: null } : { url: null, reason: 'No LinkedIn profile' };
    }
    default:
      return { url: null, reason: 'This channel has no hand-off' };
  }
}
