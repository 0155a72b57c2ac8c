import { useNavigationStore } from '../../../app/navigation-store.js';
import { PersonaList } from './PersonaList.js';
import { PersonaPage } from './PersonaPage.js';

/** #/personas → every persona; #/personas/7 → its page. */
export function PersonasScreen() {
  const params = useNavigationStore((s) => s.params);
  const id = Number(params[0]);
  if (params[0] && Number.isInteger(id) && id > 0) return <PersonaPage key={id} personaId={id} />;
  return <PersonaList />;
}
