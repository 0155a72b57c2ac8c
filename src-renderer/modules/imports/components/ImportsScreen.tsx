import Box from '@mui/material/Box';
import { useEffect } from 'react';
import { PageHeader } from '../../../ui/PageHeader.js';
import { useImportProgressStore } from '../progress-store.js';
import { CsvImportWizard } from './CsvImportWizard.js';
import { ResumeBulkImport } from './ResumeBulkImport.js';

export function ImportsScreen() {
  const listen = useImportProgressStore((s) => s.listen);
  useEffect(() => listen(), [listen]);
  return (
    <>
      <PageHeader title="Imports" subtitle="Bring candidates in from spreadsheets, LinkedIn exports and resumes." />
      <Box sx={{ display: 'grid', gap: 3 }}>
        <CsvImportWizard />
        <ResumeBulkImport />
      </Box>
    </>
  );
}
