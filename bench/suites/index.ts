import type { Suite } from '../harness.js';
import { cacheSizeSuite } from './cache-size.js';
import { csvImportSuite } from './csv-import.js';
import { indexRebuildSuite } from './index-rebuild.js';
import { ipcDispatchSuite } from './ipc-dispatch.js';
import { kpiSuite } from './kpi.js';
import { resumeParsingSuite } from './resume-parsing.js';
import { sampleLoadSuite } from './sample-load.js';
import { searchSuite } from './search.js';
import { segmentsSuite } from './segments.js';
import { uiBoardSuite } from './ui-board.js';
import { uiCandidatesSuite } from './ui-candidates.js';
import { vaultOpenSuite } from './vault-open.js';

/** Every suite, in run order. A new suite is one file in this folder plus one line here. */
export const suites: readonly Suite[] = [vaultOpenSuite, ipcDispatchSuite, cacheSizeSuite, sampleLoadSuite, kpiSuite, uiCandidatesSuite, uiBoardSuite, segmentsSuite, searchSuite, indexRebuildSuite, resumeParsingSuite, csvImportSuite];
