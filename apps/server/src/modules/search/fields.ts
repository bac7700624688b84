/** What a segment indexes: the searchable fields of a document, and what a match in each is worth. */

/** Searchable fields, one bit each, with the weight a match in that field adds to the score. */
export const FIELD = { name: 1, alias: 2, item: 4, content: 8, unit: 16, basis: 32 } as const;
export type FieldName = keyof typeof FIELD;
export const FIELD_NAMES = Object.keys(FIELD) as FieldName[];
const WEIGHTS: Array<[number, number]> = [
  [FIELD.name, 10],
  [FIELD.alias, 8],
  [FIELD.item, 4],
  [FIELD.content, 2],
  [FIELD.unit, 1.5],
  [FIELD.basis, 1],
];
/** Best weight among the fields in a mask, precomputed for every mask. */
export const MASK_WEIGHT = Float64Array.from({ length: 64 }, (_, mask) =>
  Math.max(0, ...WEIGHTS.filter(([bit]) => mask & bit).map(([, w]) => w)),
);

export interface IndexedText {
  /** Folded name and aliases, for exact-match ranking. */
  name: string;
  aliases: string[];
  /** The texts of each field; separate texts never form a bigram across their boundary. */
  fields: Partial<Record<FieldName, readonly string[]>>;
}
