import { Liquid } from 'liquidjs';
import { fieldWarnings, type FieldWarning } from '../../../../src-shared/domain/templates/merge-fields.js';
import { CodedError } from '../../../../src-shared/ipc/result.js';

/**
 * One Liquid engine for untrusted templates (a template may come from anyone who can type in the editor or
 * from an imported file): no file system (an empty in-memory template map, so include/render/layout find
 * nothing), own properties only (`{{ x.constructor.constructor }}` is empty, no prototype walk), and hard limits
 * on template size, render time and allocated string memory, so a hostile template fails fast instead of hanging.
 */
export const TEMPLATE_LIMITS = {
  parseLimit: 50_000, // characters of template source
  renderLimit: 200, // ms per render
  memoryLimit: 2_000_000, // string/array cells allocated by filters and loops
} as const;

const engine = new Liquid({
  ownPropertyOnly: true,
  templates: {},
  relativeReference: false,
  strictFilters: true,
  strictVariables: false,
  jsTruthy: false,
  greedy: false,
  cache: false,
  ...TEMPLATE_LIMITS,
});

// Belt and braces: even with an empty template map these tags have no business in a message.
for (const tag of ['include', 'render', 'layout', 'block']) {
  engine.registerTag(tag, {
    parse() {
      throw new Error(`{% ${tag} %} is not available in message templates`);
    },
    render() {
      return '';
    },
  });
}

export interface RenderedMessage {
  subject: string;
  body: string;
  warnings: FieldWarning[];
}

/** Renders subject and body against merge data; a template error is an `invalid_input` naming the part. */
export function renderMessage(subject: string, body: string, data: Record<string, unknown>): RenderedMessage {
  const part = (source: string, field: string): string => {
    try {
      return engine.parseAndRenderSync(source, data);
    } catch (error) {
      const message = error instanceof Error ? error.message.split('\n')[0]!.slice(0, 300) : 'Template error';
      throw new CodedError('invalid_input', `The template could not be rendered: ${message}`, field);
    }
  };
  return {
    subject: part(subject, 'subject').replace(/\s+/g, ' ').trim(),
    body: part(body, 'body').replace(/\n{3,}/g, '\n\n').trim(),
    warnings: fieldWarnings([subject, body], data),
  };
}

/** Syntax check on save, so a broken template never reaches a send. */
export function checkTemplate(source: string, field: string): void {
  try {
    engine.parse(source);
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0]!.slice(0, 300) : 'Template error';
    throw new CodedError('invalid_input', `Template syntax: ${message}`, field);
  }
}
