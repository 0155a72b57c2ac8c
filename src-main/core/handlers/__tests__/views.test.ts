import { afterEach, describe, expect, it } from 'vitest';
import { buildDocx } from '../../../../test/fixtures/docx.js';
import { exchangeCore, type ExchangeCore } from '../../../../test/fixtures/core.js';

let core: ExchangeCore | null = null;
afterEach(async () => {
  await core?.close();
  core = null;
});

const view = { name: 'Oslo engineers', columns: ['title', 'company'], sort: 'name' as const, direction: 'asc' as const, filters: { city: 'Oslo' }, query: 'engineer' };

describe('views:* and attachments:render-html', () => {
  it('saves, replaces by name, lists and deletes views in the vault', async () => {
    core = await exchangeCore();
    expect((await core.call('views:list-views', {})).items).toEqual([]);
    await core.call('views:save-view', view);
    const replaced = await core.call('views:save-view', { ...view, query: 'senior engineer' });
    expect(replaced.items).toHaveLength(1);
    expect(replaced.items[0]!.query).toBe('senior engineer');
    expect((await core.fail('views:save-view', { ...view, name: '  ' })).code).toBe('invalid_input');
    expect((await core.call('views:delete-view', { name: view.name })).items).toEqual([]);
  });

  it('renders a DOCX attachment to HTML and refuses other types', async () => {
    core = await exchangeCore();
    const c = await core.call('candidates:create-candidate', { firstName: 'Jane', lastName: 'Doe' });
    const docx = await core.call('attachments:add-attachment', {
      candidateId: c.id,
      filename: 'cv.docx',
      mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      contentBase64: buildDocx([{ text: 'Jane Doe <script>alert(1)</script>' }]).toString('base64'),
    });
    const { html } = await core.call('attachments:render-html', { id: docx.id });
    expect(html).toContain('Jane Doe');
    expect(html).not.toContain('<script>');
    const txt = await core.call('attachments:add-attachment', { candidateId: c.id, filename: 'a.txt', mime: 'text/plain', contentBase64: Buffer.from('hi').toString('base64') });
    expect((await core.fail('attachments:render-html', { id: txt.id })).code).toBe('invalid_input');
  });
});
