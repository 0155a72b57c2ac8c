import type { Client } from '../../../src-shared/domain/client.js';
import { invoke } from '../../ipc/client.js';
import { createRecordFormStore } from '../forms/record-form-store.js';
import { clientFieldForPath, clientFormFromClient, emptyClientForm, toClientInput, toClientPatch, validateClientForm, type ClientFormValues } from './client-form.js';

/** The "New client" / "Edit client" dialog. */
export const useClientFormStore = createRecordFormStore<ClientFormValues, Client>({
  noun: 'client',
  empty: emptyClientForm,
  fromRecord: clientFormFromClient,
  label: (c) => c.name,
  validate: validateClientForm,
  fieldForPath: clientFieldForPath,
  create: (values) => invoke('clients:create-client', toClientInput(values)),
  update: (client, values, initial) => {
    const patch = toClientPatch(values, initial);
    return patch ? invoke('clients:update-client', { id: client.id, version: client.version, patch }) : null;
  },
  get: (id) => invoke('clients:get-client', { id }),
});
