import { kpiSettings, type KpiSettings, type KpiSettingsInput } from '../../../../src-shared/domain/kpi/settings.js';
import type { ReadDb, WriteDb } from '../../db/database.js';
import { getSetting, setSetting } from '../../db/repositories/settings.js';

export const KPI_SETTINGS_KEY = 'kpi.settings';

/** The agency's KPI choices and targets; anything never saved reads as the default. */
export function loadKpiSettings(db: ReadDb): KpiSettings {
  const stored = getSetting<unknown>(db, KPI_SETTINGS_KEY, {});
  const parsed = kpiSettings.safeParse(stored);
  // A setting written by a newer or older version that no longer parses falls back to the defaults.
  return parsed.success ? parsed.data : kpiSettings.parse({});
}

export function saveKpiSettings(db: WriteDb, input: KpiSettingsInput): KpiSettings {
  const settings = kpiSettings.parse(input);
  setSetting(db, KPI_SETTINGS_KEY, settings);
  return settings;
}
