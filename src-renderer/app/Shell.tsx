import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import Drawer from '@mui/material/Drawer';
import IconButton from '@mui/material/IconButton';
import Link from '@mui/material/Link';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import Toolbar from '@mui/material/Toolbar';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { useEffect, type ComponentType } from 'react';
import { CandidatesScreen } from '../modules/candidates/components/CandidatesScreen.js';
import { useCandidateListStore } from '../modules/candidates/store.js';
import { ClientsScreen } from '../modules/clients/components/ClientsScreen.js';
import { KpiDashboardScreen } from '../modules/kpi/components/KpiDashboardScreen.js';
import { ReportsIcon } from '../modules/reports/components/ReportsIcon.js';
import { ReportsScreen } from '../modules/reports/components/ReportsScreen.js';
import { useOverviewStore } from '../modules/dashboard/store.js';
import { ImportIcon } from '../modules/imports/components/ImportIcon.js';
import { ImportsScreen } from '../modules/imports/components/ImportsScreen.js';
import { JobsScreen } from '../modules/jobs/components/JobsScreen.js';
import { KeyboardShortcuts } from '../modules/palette/components/KeyboardShortcuts.js';
import { OutreachScreen } from '../modules/outreach/index.js';
import { PoolsScreen } from '../modules/pools/index.js';
import { AlarmIcon, GroupsIcon, ReminderNavBadge, RemindersScreen, SendIcon, useReminderEvents } from '../modules/reminders/index.js';
import { PersonasScreen } from '../modules/personas/index.js';
import { PersonaIcon, SegmentIcon, SegmentsScreen } from '../modules/segments/index.js';
import { SettingsScreen } from '../modules/settings/components/SettingsScreen.js';
import { useLockVault } from '../modules/vault/hooks/useLockVault.js';
import { BrandMark } from '../ui/BrandMark.js';
import { BusinessIcon, DashboardIcon, LockIcon, PeopleIcon, SettingsIcon, WorkIcon } from '../ui/icons.js';
import { on } from '../ipc/client.js';
import { notify } from '../modules/notifications/store.js';
import { openRoute, routeHash, unknownScreenIn, useNavigationStore, type ScreenId } from './navigation-store.js';

export const DRAWER_WIDTH = 232;

// Only screens that exist get an entry; later issues add Jobs, Clients, Segments, Reminders, Reports.
const NAV: { id: ScreenId; label: string; Icon: ComponentType; Screen: ComponentType }[] = [
  { id: 'dashboard', label: 'Dashboard', Icon: DashboardIcon, Screen: KpiDashboardScreen },
  { id: 'candidates', label: 'Candidates', Icon: PeopleIcon, Screen: CandidatesScreen },
  { id: 'jobs', label: 'Jobs', Icon: WorkIcon, Screen: JobsScreen },
  { id: 'clients', label: 'Clients', Icon: BusinessIcon, Screen: ClientsScreen },
  { id: 'imports', label: 'Imports', Icon: ImportIcon, Screen: ImportsScreen },
  { id: 'reminders', label: 'Reminders', Icon: AlarmIcon, Screen: RemindersScreen },
  { id: 'pools', label: 'Talent pools', Icon: GroupsIcon, Screen: PoolsScreen },
  { id: 'outreach', label: 'Outreach', Icon: SendIcon, Screen: OutreachScreen },
  { id: 'segments', label: 'Segments', Icon: SegmentIcon, Screen: SegmentsScreen },
  { id: 'personas', label: 'Personas', Icon: PersonaIcon, Screen: PersonasScreen },
  { id: 'reports', label: 'Reports', Icon: ReportsIcon, Screen: ReportsScreen },
  { id: 'settings', label: 'Settings', Icon: SettingsIcon, Screen: SettingsScreen },
];

export function Shell() {
  const screen = useNavigationStore((s) => s.screen);
  const go = useNavigationStore((s) => s.go);
  const agencyName = useOverviewStore((s) => s.overview?.agencyName ?? '');
  const { lock, locking } = useLockVault();
  const current = NAV.find((n) => n.id === screen) ?? NAV[0]!;
  useReminderEvents();

  // The desktop shell asks for a screen when an OS notification is clicked.
  useEffect(() => on('app:open-route', ({ route }) => openRoute(route)), []);

  // A link to a screen that does not exist opens the dashboard and says so, rather than silently.
  useEffect(() => {
    const check = () => {
      const unknown = unknownScreenIn(window.location.hash);
      if (!unknown) return;
      history.replaceState(null, '', `#${routeHash({ screen: 'dashboard', params: [] })}`);
      notify.info(`There is no “${unknown}” screen; this is the dashboard.`);
    };
    check();
    window.addEventListener('hashchange', check);
    return () => window.removeEventListener('hashchange', check);
  }, []);

  useEffect(() => {
    document.title = `${current.label} · Rapport`;
  }, [current.label]);

  // The app bar shows the agency name on every screen, not only after the dashboard was visited.
  // What the screens read while open must not outlive the session: drop it when the vault locks.
  useEffect(() => {
    void useOverviewStore.getState().load();
    return () => {
      useOverviewStore.getState().reset();
      useCandidateListStore.getState().reset();
    };
  }, []);

  return (
    <Box sx={{ display: 'flex', height: '100vh', bgcolor: 'background.default' }}>
      <Link
        href="#main"
        onClick={(e) => {
          e.preventDefault();
          document.getElementById('main')?.focus();
        }}
        sx={{
          position: 'absolute',
          left: 8,
          top: -48,
          zIndex: (t) => t.zIndex.tooltip,
          bgcolor: 'background.paper',
          px: 2,
          py: 1,
          borderRadius: 1,
          '&:focus': { top: 8 },
        }}
      >
        Skip to content
      </Link>
      <AppBar
        position="fixed"
        color="primary"
        enableColorOnDark={false}
        sx={{ zIndex: (t) => t.zIndex.drawer + 1, borderBottom: 1, borderColor: 'divider' }}
      >
        <Toolbar sx={{ gap: 2 }}>
          <BrandMark size={28} inverted />
          <Box sx={{ flex: 1 }} />
          {agencyName ? (
            <Typography variant="body2" sx={{ opacity: 0.9 }} noWrap>
              {agencyName}
            </Typography>
          ) : null}
          <Tooltip title="Lock Rapport">
            <span>
              <IconButton color="inherit" aria-label="Lock Rapport" onClick={() => void lock()} disabled={locking} edge="end">
                <LockIcon />
              </IconButton>
            </span>
          </Tooltip>
        </Toolbar>
      </AppBar>
      <Drawer
        variant="permanent"
        sx={{
          width: DRAWER_WIDTH,
          flexShrink: 0,
          '& .MuiDrawer-paper': { width: DRAWER_WIDTH, boxSizing: 'border-box' },
        }}
      >
        <Toolbar />
        <Box component="nav" aria-label="Main" sx={{ p: 1.5 }}>
          <List disablePadding sx={{ display: 'grid', gap: 0.5 }}>
            {NAV.map(({ id, label, Icon }) => (
              <ListItem key={id} disablePadding>
                <ListItemButton selected={id === screen} aria-current={id === screen ? 'page' : undefined} onClick={() => go(id)}>
                  <ListItemIcon sx={{ minWidth: 40 }}>
                    <Icon />
                  </ListItemIcon>
                  <ListItemText primary={label} />
                  {id === 'reminders' ? <ReminderNavBadge /> : null}
                </ListItemButton>
              </ListItem>
            ))}
          </List>
        </Box>
      </Drawer>
      <Box component="main" id="main" tabIndex={-1} sx={{ flex: 1, minWidth: 0, overflow: 'auto', outline: 'none' }}>
        <Toolbar />
        <Box sx={{ p: 3, maxWidth: 1280, mx: 'auto' }}>
          <current.Screen key={current.id} />
        </Box>
      </Box>
      <KeyboardShortcuts />
    </Box>
  );
}
