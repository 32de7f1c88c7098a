/**
 * URL state of the interconnect, slot and CNI pages. Every filter is a search param; a bad value
 * falls back to "no filter" so a mangled link still opens the page.
 */
import * as z from 'zod/mini';
import type { SlotFilters } from '../../api/cni';

const optionalText = (max: number) =>
  z.catch(
    z.optional(
      z.pipe(
        z.string().check(z.trim(), z.maxLength(max)),
        z.transform((s) => (s === '' ? undefined : s)),
      ),
    ),
    undefined,
  );

export const interconnectsSearchSchema = z.object({
  site: optionalText(20),
  type: optionalText(40),
  /** An API `state` such as Down; unknown states are allowed so a new one can still be filtered. */
  status: optionalText(40),
});

export type InterconnectsSearch = z.infer<typeof interconnectsSearchSchema>;

/** The slot list's filters, named exactly like the API's query parameters. */
export const slotsSearchSchema = z.object({
  site: optionalText(20),
  speed: optionalText(10),
  occupied: z.catch(z.optional(z.boolean()), undefined),
  address_contains: optionalText(100),
});

export type SlotsSearch = z.infer<typeof slotsSearchSchema>;

/** The URL's slot filters as API query parameters (sites are lower-case colo codes). */
export function slotFilters(search: SlotsSearch): SlotFilters {
  return {
    site: search.site?.toLowerCase(),
    speed: search.speed,
    occupied: search.occupied,
    address_contains: search.address_contains,
  };
}

export const newCniSearchSchema = z.object({
  /** Preselects the interconnect when coming from an interconnect's page. */
  interconnect: optionalText(200),
});
