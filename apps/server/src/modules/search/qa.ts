/** The public Q&A, searchable with the same engine as the lists (question weighs most). */
import type { QaItem } from '@pfc/contracts';
import { parseQuery, type SynonymTable } from './query';
import { TopHits } from './hits';
import { scoreSegment } from './rank';
import { Segment } from './segment';
import { foldFast } from './text';
import { PUBLIC_QA } from './qa-data';

let built: Promise<Segment<QaItem>> | undefined;

function qaSegment(): Promise<Segment<QaItem>> {
  built ??= Segment.build(PUBLIC_QA, (item) => ({
    name: foldFast(item.question),
    aliases: [],
    fields: { name: [item.question], content: [item.answer] },
  }));
  return built;
}

/** All questions in order without a query; otherwise the matching ones, best first. */
export async function searchQa(q: string | undefined, synonyms: SynonymTable): Promise<QaItem[]> {
  const segment = await qaSegment();
  const query = parseQuery(q ?? '', synonyms);
  if (query.groups.length === 0) return [...PUBLIC_QA];
  const hits = new TopHits(20);
  scoreSegment(segment, 0, query, hits, { coverage: 0.5 });
  return hits.results().map((h) => segment.docs[h.doc]!);
}
