import { inArray, type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Executor } from '../../db/client';
import { applicants } from './tables';

/** What other modules may know of an applicant: never the encrypted identifier or phone. */
export interface ApplicantSummary {
  id: string;
  kind: 'natural' | 'legal';
  name: string;
  identifierMasked: string;
  regionCode: string | null;
}

const summaryColumns = {
  id: applicants.id,
  kind: applicants.kind,
  name: applicants.name,
  identifierMasked: applicants.identifierMasked,
  regionCode: applicants.regionCode,
};

/** The summaries of the applicants among `ids` that exist, by id. */
export async function applicantSummaries(db: Executor, ids: readonly string[]): Promise<Map<string, ApplicantSummary>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select(summaryColumns)
    .from(applicants)
    .where(inArray(applicants.id, [...new Set(ids)]));
  return new Map(rows.map((r) => [r.id, r]));
}

export async function applicantSummary(db: Executor, id: string): Promise<ApplicantSummary | undefined> {
  return (await applicantSummaries(db, [id])).get(id);
}

/** The name of the applicant whose id is in `column`, as a correlated subquery (for a select list). */
export function applicantNameSql(column: AnyPgColumn): SQL<string> {
  return sql<string>`(select ${applicants.name} from ${applicants} where ${applicants.id} = ${column})`;
}
