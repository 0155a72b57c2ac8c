import Box from '@mui/material/Box';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import { useState } from 'react';
import { PageHeader } from '../../../ui/PageHeader.js';
import { TemplatesPanel } from '../../templates/components/TemplatesPanel.js';
import { ChannelStatsPanel } from './ChannelStatsPanel.js';

/** Message templates and what works: the two halves of outreach. */
export function OutreachScreen() {
  const [tab, setTab] = useState<'templates' | 'stats'>('templates');
  return (
    <>
      <PageHeader title="Outreach" subtitle="Message templates with merge fields, and which channel works for whom" />
      <Tabs value={tab} onChange={(_e, v: 'templates' | 'stats') => setTab(v)} sx={{ mb: 2 }} aria-label="Outreach sections">
        <Tab value="templates" label="Templates" />
        <Tab value="stats" label="Channel stats" />
      </Tabs>
      <Box>{tab === 'templates' ? <TemplatesPanel /> : <ChannelStatsPanel />}</Box>
    </>
  );
}
