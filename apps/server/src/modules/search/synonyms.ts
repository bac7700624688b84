/** Admin use cases for the synonym groups (search_synonyms); every change is audited. */
import type { SynonymGroupInput } from '@pfc/contracts';
import { asc, eq } from 'drizzle-orm';
import { transact } from '../../platform/audit/transaction';
import type { Ctx } from '../../platform/context';
import { AppError, E } from '../../platform/http/errors';
import { SearchErrors } from './errors';
import { BUILT_IN_SYNONYMS } from './synonyms-data';
import { searchSynonyms } from './tables';
import { fold } from './text';

type Row = typeof searchSynonyms.$inferSelect;

const present = (r: Row) => ({
  id: r.id,
  terms: r.terms,
  note: r.note,
  createdAt: r.createdAt.toISOString(),
  updatedAt: r.updatedAt.toISOString(),
});

/** Phrases trimmed, duplicates (after folding width and script) removed, order kept. */
function cleanTerms(terms: string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const t of terms) {
    const trimmed = t.trim();
    const key = fold(trimmed);
    if (!key || seen.has(key)) continue;
    seen.add(key);
    out.push(trimmed);
  }
  if (out.length < 2) throw new AppError(SearchErrors.SYNONYMS_TOO_FEW);
  return out;
}

const notFound = (ctx: Ctx) => new AppError(E.NOT_FOUND, { what: ctx.lang === 'en' ? 'synonym group' : '同义词组' });

export async function listSynonyms(ctx: Ctx) {
  const rows = await ctx.database.db.select().from(searchSynonyms).orderBy(asc(searchSynonyms.createdAt));
  return { builtIn: BUILT_IN_SYNONYMS.map((g) => [...g]), custom: rows.map(present) };
}

export async function createSynonyms(ctx: Ctx, input: SynonymGroupInput) {
  const terms = cleanTerms(input.terms);
  return transact(ctx, async (tx, audit) => {
    const [row] = await tx
      .insert(searchSynonyms)
      .values({
        terms,
        note: input.note?.trim() ?? '',
        createdBy: ctx.actor?.userId ?? null,
        createdAt: ctx.now(),
        updatedAt: ctx.now(),
      })
      .returning();
    audit.record({
      action: 'search.synonyms.saved',
      targetType: 'search_synonyms',
      targetId: row!.id,
      after: { terms },
    });
    return present(row!);
  });
}

export async function updateSynonyms(ctx: Ctx, id: string, input: SynonymGroupInput) {
  const terms = cleanTerms(input.terms);
  return transact(ctx, async (tx, audit) => {
    const [old] = await tx.select().from(searchSynonyms).where(eq(searchSynonyms.id, id)).for('update');
    if (!old) throw notFound(ctx);
    const [row] = await tx
      .update(searchSynonyms)
      .set({ terms, note: input.note?.trim() ?? old.note, updatedAt: ctx.now() })
      .where(eq(searchSynonyms.id, id))
      .returning();
    audit.record({
      action: 'search.synonyms.saved',
      targetType: 'search_synonyms',
      targetId: id,
      before: { terms: old.terms },
      after: { terms },
    });
    return present(row!);
  });
}

export async function deleteSynonyms(ctx: Ctx, id: string) {
  await transact(ctx, async (tx, audit) => {
    const [old] = await tx.delete(searchSynonyms).where(eq(searchSynonyms.id, id)).returning();
    if (!old) throw notFound(ctx);
    audit.record({
      action: 'search.synonyms.deleted',
      targetType: 'search_synonyms',
      targetId: id,
      before: { terms: old.terms },
    });
  });
  return { ok: true as const };
}
