import type { SessionView } from '@pfc/contracts';

/**
 * The unit a catalogue officer works for (their catalog_officer grant), used as the default unit
 * of a new service item or proof entry. Admins have none and pick one.
 */
export function ownCatalogUnit(session: SessionView | null): { id: string; name: string } | null {
  const grant = session?.grants.find((g) => g.role === 'catalog_officer' && g.unitId);
  return grant?.unitId ? { id: grant.unitId, name: grant.unitName ?? '' } : null;
}

/** Unit ids where the user holds `role` through a unit grant. */
export function unitGrantIds(session: SessionView | null, role: string): string[] {
  return (session?.grants ?? []).filter((g) => g.role === role && g.unitId).map((g) => g.unitId as string);
}
