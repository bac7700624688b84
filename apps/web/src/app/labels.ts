import { REGION_LEVELS, ROLES, type Role, UNIT_KINDS, type UnitKind } from '@pfc/contracts';
import type { Lang } from './request';

/** Display labels of the shared enumerations, in the UI language. */
const pick = (entry: { zh: string; en: string } | undefined, lang: Lang, fallback: string) =>
  entry ? (lang === 'en' ? entry.en : entry.zh) : fallback;

export const roleLabel = (role: string, lang: Lang) => pick(ROLES[role as Role], lang, role);
export const unitKindLabel = (kind: string, lang: Lang) => pick(UNIT_KINDS[kind as UnitKind], lang, kind);
export const regionLevelLabel = (level: number, lang: Lang) =>
  pick(REGION_LEVELS[level as keyof typeof REGION_LEVELS], lang, String(level));

/** Label of any { key: { zh, en } } enumeration of @pfc/contracts (SERVICE_ITEM_KINDS, BASIS_RANKS …). */
export function enumLabel(
  table: Record<string, { zh: string; en: string }>,
  key: string | number | null | undefined,
  lang: Lang,
): string {
  if (key === null || key === undefined) return '—';
  return pick(table[String(key)], lang, String(key));
}
