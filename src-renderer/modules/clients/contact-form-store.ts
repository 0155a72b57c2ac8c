import type { Contact } from '../../../src-shared/domain/client.js';
import { invoke } from '../../ipc/client.js';
import { createRecordFormStore } from '../forms/record-form-store.js';
import { contactFieldForPath, contactFormFromContact, emptyContactForm, toContactInput, toContactPatch, validateContactForm, type ContactFormValues } from './contact-form.js';

/** The "New contact" / "Edit contact" dialog. */
export const useContactFormStore = createRecordFormStore<ContactFormValues, Contact>({
  noun: 'contact',
  empty: emptyContactForm,
  fromRecord: contactFormFromContact,
  label: (c) => [c.firstName, c.lastName].filter(Boolean).join(' '),
  validate: validateContactForm,
  fieldForPath: contactFieldForPath,
  create: (values) => invoke('contacts:create-contact', toContactInput(values)),
  update: (contact, values, initial) => {
    const patch = toContactPatch(values, initial);
    return patch ? invoke('contacts:update-contact', { id: contact.id, version: contact.version, patch }) : null;
  },
  get: (id) => invoke('contacts:get-contact', { id }),
});
