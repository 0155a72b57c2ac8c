import { z } from 'zod';
import { empty } from './common.js';

export const dataSettings = z.object({
  /** ISO 3166 region used to read phone numbers written without a country code. */
  phoneDefaultRegion: z.string(),
});

export const settingsContract = {
  'settings:get-settings': { req: empty, res: dataSettings },
  'settings:update-settings': {
    req: z
      .object({ phoneDefaultRegion: z.string().trim().regex(/^[A-Za-z]{2}$/, 'Use a 2-letter region code such as GB or US').toUpperCase() })
      .partial()
      .strict(),
    res: dataSettings,
  },
} as const;
