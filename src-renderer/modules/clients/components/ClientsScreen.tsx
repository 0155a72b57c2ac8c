import { useNavigationStore } from '../../../app/navigation-store.js';
import { ClientDetail } from './ClientDetail.js';
import { ClientList } from './ClientList.js';
import { ContactDetail } from './ContactDetail.js';

const positive = (s: string | undefined) => {
  const n = Number(s);
  return s && Number.isInteger(n) && n > 0 ? n : null;
};

/** #/clients → list; #/clients/5 → the client; #/clients/5/contacts/9 → one contact and their activity. */
export function ClientsScreen() {
  const params = useNavigationStore((s) => s.params);
  const clientId = positive(params[0]);
  const contactId = params[1] === 'contacts' ? positive(params[2]) : null;
  if (clientId && contactId) return <ContactDetail clientId={clientId} contactId={contactId} />;
  if (clientId) return <ClientDetail clientId={clientId} />;
  return <ClientList />;
}
