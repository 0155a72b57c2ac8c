import { z } from 'zod';
import { defineCondition, listText, sameNoCase } from '../define.js';

export const place = z
  .object({
    country: z.string().trim().max(2).toUpperCase().default(''),
    region: z.string().trim().max(120).default(''),
    city: z.string().trim().max(120).default(''),
  })
  .strict()
  .refine((p) => p.country !== '' || p.region !== '' || p.city !== '', 'Give a country, region or city');
export type Place = z.output<typeof place>;

export const placeText = (p: Place): string => [p.city, p.region, p.country].filter(Boolean).join(', ');

/**
 * Lives in any of these places; each place narrows by whichever of country, region and city it gives. Countries
 * are ISO codes stored upper-case (exact match, so the location index applies); region and city ignore ASCII case.
 */
export const locationCondition = defineCondition(
  z
    .object({
      kind: z.literal('location'),
      places: z.array(place).min(1, 'Pick at least one place').max(50),
    })
    .strict(),
)({
  kind: 'location',
  label: 'Location',
  category: 'Location',
  create: () => ({ kind: 'location', places: [] }),
  evaluate: (c, f) =>
    c.places.some(
      (p) => (p.country === '' || f.country === p.country) && (p.region === '' || sameNoCase(f.region, p.region)) && (p.city === '' || sameNoCase(f.city, p.city)),
    ),
  describe: (c) => `Location: ${listText(c.places.map(placeText))}`,
});
