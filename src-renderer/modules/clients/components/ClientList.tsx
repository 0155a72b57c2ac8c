import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import TextField from '@mui/material/TextField';
import { useEffect, useState } from 'react';
import type { ClientSummary } from '../../../../src-shared/domain/client.js';
import { useNavigationStore, type ScreenId } from '../../../app/navigation-store.js';
import { EmptyState } from '../../../ui/EmptyState.js';
import { BusinessIcon } from '../../../ui/icons.js';
import { PageHeader } from '../../../ui/PageHeader.js';
import { ellipsis, PagedTable, type PagedColumn } from '../../../ui/PagedTable.js';
import { useClientFormStore } from '../client-form-store.js';
import { useClientListStore } from '../list-store.js';
import { ClientFormDialog } from './ClientFormDialog.js';

const number = new Intl.NumberFormat();
const date = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

const columns = (go: (screen: ScreenId, ...params: (string | number)[]) => void): PagedColumn<ClientSummary>[] => [
  {
    label: 'Name',
    width: '28%',
    sx: ellipsis,
    title: (c) => c.name,
    render: (c) => (
      <Link component="button" type="button" underline="hover" onClick={() => go('clients', c.id)} sx={{ ...ellipsis, maxWidth: '100%', fontWeight: 500, verticalAlign: 'bottom' }}>
        {c.name}
      </Link>
    ),
  },
  { label: 'Industry', width: '18%', sx: ellipsis, render: (c) => c.industry },
  { label: 'Location', width: '18%', sx: ellipsis, render: (c) => [c.city, c.country].filter(Boolean).join(', ') },
  { label: 'Contacts', width: '10%', align: 'right', render: (c) => c.contactCount },
  { label: 'Open jobs', width: '11%', align: 'right', render: (c) => c.openJobCount },
  { label: 'Updated', width: '15%', align: 'right', sx: { ...ellipsis, color: 'text.secondary' }, render: (c) => date.format(new Date(c.updatedAt)) },
];

export function ClientList() {
  const { items, total, page, rowsPerPage, filter: query, loading, loaded, error, load, setPage, setRowsPerPage, setFilter: setQuery } = useClientListStore();
  const go = useNavigationStore((s) => s.go);
  const [text, setText] = useState(query);
  useEffect(() => {
    void load();
  }, [load]);
  // Ask the vault once typing pauses, not on every key.
  useEffect(() => {
    if (text === useClientListStore.getState().filter) return;
    const t = setTimeout(() => void setQuery(text), 200);
    return () => clearTimeout(t);
  }, [text, setQuery]);

  return (
    <>
      <PageHeader
        title="Clients"
        subtitle={loaded ? `${number.format(total)} ${total === 1 ? 'client' : 'clients'}` : ' '}
        actions={
          <>
            <TextField size="small" type="search" label="Find a client" value={text} onChange={(e) => setText(e.target.value)} sx={{ width: 260 }} />
            <Button variant="contained" onClick={() => useClientFormStore.getState().openCreate()}>
              New client
            </Button>
          </>
        }
      />
      <ClientFormDialog onSaved={(client) => go('clients', client.id)} />
      {error ? (
        <Alert severity="error" sx={{ mb: 2 }} action={<Button color="inherit" size="small" onClick={() => void load()}>Retry</Button>}>
          {error.message}
        </Alert>
      ) : null}
      <PagedTable
        label={{ table: 'Clients', region: 'Client list', loading: 'Loading clients' }}
        columns={columns(go)}
        rows={items}
        rowKey={(c) => c.id}
        total={total}
        page={page}
        rowsPerPage={rowsPerPage}
        loading={loading}
        empty={
          loaded && total === 0 ? (
            <EmptyState icon={<BusinessIcon />} title={query ? 'No client matches' : 'No clients yet'}>
              {query ? 'Try a shorter part of the name.' : 'Add your first client with “New client”, or load the sample agency from the Dashboard to look around.'}
            </EmptyState>
          ) : null
        }
        onPageChange={(p) => void setPage(p)}
        onRowsPerPageChange={(r) => void setRowsPerPage(r)}
      />
    </>
  );
}
