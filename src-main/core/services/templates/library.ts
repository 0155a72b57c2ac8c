/**
 * The stage template library seeded into every vault. Plain data (copied at migration time, so later edits
 * here never rewrite a recruiter's edited copy).
 */
export const templatePurposes = ['interview-invitation', 'status-update', 'rejection', 'interview-follow-up', 'check-in', 'offer', 'custom'] as const;

export interface LibraryTemplate {
  name: string;
  purpose: (typeof templatePurposes)[number];
  channel: 'email' | 'linkedin' | 'whatsapp' | 'sms';
  subject: string;
  body: string;
}

const signoff = `Best regards,
{{ recruiter.name | default: "The team" }}{% if recruiter.agency != blank %}
{{ recruiter.agency }}{% endif %}`;

export const stageTemplateLibrary: readonly LibraryTemplate[] = [
  {
    name: 'Interview invitation',
    purpose: 'interview-invitation',
    channel: 'email',
    subject: 'Interview for {{ job.title }} at {{ client.name }}',
    body: `Hi {{ candidate.first_name }},

Good news: {{ client.name }} would like to meet you for the {{ job.title }} role.
{% if interview.date != blank %}Proposed time: {{ interview.date }} {{ interview.time }}{% if interview.location != blank %} at {{ interview.location }}{% endif %}.
{% else %}Could you send me two or three times that suit you this week?
{% endif %}
{% if candidate.seniority == "senior" or candidate.seniority == "lead" or candidate.seniority == "principal" or candidate.seniority == "director" or candidate.seniority == "executive" %}Expect a conversation about scope, team and strategy rather than a technical quiz.{% else %}Expect a friendly mix of getting-to-know-you and a few practical questions.{% endif %}

${signoff}`,
  },
  {
    name: 'Status update',
    purpose: 'status-update',
    channel: 'email',
    subject: 'An update on {{ job.title }}',
    body: `Hi {{ candidate.first_name }},

A quick update on your application for {{ job.title }}{% if client.name != blank %} at {{ client.name }}{% endif %}: you are currently at the {{ job.stage | default: "review" }} stage. I will be in touch as soon as I hear more.

${signoff}`,
  },
  {
    name: 'Rejection with constructive feedback',
    purpose: 'rejection',
    channel: 'email',
    subject: 'Your application for {{ job.title }}',
    body: `Hi {{ candidate.first_name }},

Thank you for the time you put into the {{ job.title }} process. {{ client.name | default: "The client" }} has decided to move forward with another candidate.
{% if feedback.text != blank %}
Their feedback, which I hope is useful: {{ feedback.text }}
{% endif %}
I would like to keep you in mind for future roles that fit you better.

${signoff}`,
  },
  {
    name: 'Follow-up after interview',
    purpose: 'interview-follow-up',
    channel: 'email',
    subject: 'How did it go?',
    body: `Hi {{ candidate.first_name }},

How did the interview for {{ job.title }} go? I would love to hear your impressions before I speak with {{ client.name | default: "the client" }}.

${signoff}`,
  },
  {
    name: 'Check-in',
    purpose: 'check-in',
    channel: 'linkedin',
    subject: 'Catching up',
    body: `Hi {{ candidate.first_name }}, it has been a while! How are things{% if candidate.company != blank %} at {{ candidate.company }}{% endif %}? Happy to share what I am seeing in the market whenever it suits you. – {{ recruiter.name | default: "me" }}`,
  },
  {
    name: 'Offer',
    purpose: 'offer',
    channel: 'email',
    subject: 'An offer for {{ job.title }}',
    body: `Hi {{ candidate.first_name }},

I am delighted to tell you that {{ client.name }} would like to offer you the {{ job.title }} position. Let us talk through the details — when can I call you?

${signoff}`,
  },
];
