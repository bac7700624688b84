/**
 * The bonuses that put an entry named exactly as asked first: a name or alias equal to the query
 * (or a synonym variant of it), then a name the query contains (无犯罪记录证明需要本人去吗 is
 * about 无犯罪记录证明). They are found through the segment's exact-name maps, not the postings.
 */
import type { ParsedQuery } from './query';
import type { Segment } from './segment';

const BONUS = { exactName: 1000, exactAlias: 800, nameInQuery: 500 };

/** Parts of the literal query that are compared with names (无犯罪记录证明需要本人去吗 contains 无犯罪记录证明). */
const partsCache = new WeakMap<ParsedQuery, string[]>();
function namePartsOf(query: ParsedQuery): string[] {
  let parts = partsCache.get(query);
  if (parts) return parts;
  const literal = query.whole[0] ?? '';
  const seen = new Set<string>();
  // Only a name that is most of what was asked, not a common tail such as 证明书.
  const shortest = Math.max(4, Math.ceil(literal.length / 2));
  for (let from = 0; from < literal.length; from++) {
    for (let to = from + shortest; to <= literal.length && to - from <= 30; to++) {
      const part = literal.slice(from, to);
      if (part !== literal) seen.add(part);
    }
  }
  parts = [...seen];
  partsCache.set(query, parts);
  return parts;
}

/** Per-segment array of each document's bonus for the current query (all 0 between queries; searching is synchronous). */
const bonusArrays = new WeakMap<object, Float64Array>();

/**
 * Adds up the bonuses of the query in the segment's bonus array — exact names and aliases of the
 * query's variants, names inside the query — and returns the function that clears them again.
 */
export function addBonuses(segment: Segment<unknown>, query: ParsedQuery): { bonus: Float64Array; clear: () => void } {
  let bonus = bonusArrays.get(segment);
  if (!bonus) bonusArrays.set(segment, (bonus = new Float64Array(segment.size)));
  const lists: number[][] = [];
  const add = (docs: number[] | undefined, value: number) => {
    if (!docs) return;
    lists.push(docs);
    for (const doc of docs) bonus[doc]! += value;
  };
  const { names, aliases } = segment.exact;
  query.whole.forEach((w, i) => {
    const factor = i === 0 ? 1 : 0.95;
    add(names.get(w), BONUS.exactName * factor);
    add(aliases.get(w), BONUS.exactAlias * factor);
  });
  for (const part of namePartsOf(query)) {
    add(names.get(part), BONUS.nameInQuery);
    add(aliases.get(part), BONUS.nameInQuery * 0.8);
  }
  return { bonus, clear: () => lists.forEach((docs) => docs.forEach((doc) => (bonus[doc] = 0))) };
}
