/**
 * Search answers as response bodies. Serialising ten full entries costs more than finding them,
 * so each entry's JSON is rendered once (by the route's schema serialiser for PublicProof, so no
 * undeclared field leaks) and reused by every answer that shows it; an answer's own fields are
 * serialised by the route's response schema, with the rendered items put in its empty list.
 */
import type { ProofSearchResult, PublicProof } from '@pfc/contracts';
import type { Lang } from '../../platform/http/errors';
import { answerFor } from './answer';
import type { ProofDoc } from './state';

/** How the route serialises: a whole answer by its response schema, one entry by PublicProof's. */
export interface Renderer {
  answer: (result: ProofSearchResult) => string;
  item: (proof: PublicProof) => string;
}

/** A map that forgets its least recently used entries beyond `limit`. */
export class Lru<K, V> {
  private readonly map = new Map<K, V>();
  constructor(private readonly limit: number) {}

  get(key: K): V | undefined {
    const value = this.map.get(key);
    if (value !== undefined) {
      this.map.delete(key);
      this.map.set(key, value);
    }
    return value;
  }

  set(key: K, value: V): void {
    this.map.set(key, value);
    if (this.map.size > this.limit) this.map.delete(this.map.keys().next().value!);
  }

  clear(): void {
    this.map.clear();
  }
}

/** Entries whose JSON is kept, per language (a few KB each). */
const RENDERED_ITEMS = 20_000;

export class AnswerRenderer {
  private readonly items = {
    zh: new Lru<ProofDoc, string>(RENDERED_ITEMS),
    en: new Lru<ProofDoc, string>(RENDERED_ITEMS),
  };

  /** The body of an answer whose `items` are `docs`; `result.items` is left empty. */
  body(result: ProofSearchResult, docs: readonly ProofDoc[], lang: Lang, render: Renderer): Buffer {
    const envelope = render.answer(result);
    if (docs.length === 0) return Buffer.from(envelope);
    const items = docs.map((doc) => {
      let json = this.items[lang].get(doc);
      if (json === undefined) this.items[lang].set(doc, (json = render.item(present(doc, lang))));
      return json;
    });
    // The first `"items":[]` is the property itself: inside a JSON string its quotes would be escaped.
    const at = envelope.indexOf(EMPTY_ITEMS);
    return Buffer.from(
      `${envelope.slice(0, at)}"items":[${items.join(',')}]${envelope.slice(at + EMPTY_ITEMS.length)}`,
    );
  }
}

const EMPTY_ITEMS = '"items":[]';

export function present(doc: ProofDoc, lang: Lang): PublicProof {
  const v = doc.version;
  return {
    ...doc.entry,
    answer: answerFor(doc.entry, v.effectiveDate, lang),
    source: {
      versionId: v.id,
      regionCode: v.regionCode,
      regionName: v.regionName,
      versionNo: v.versionNo,
      documentNumber: v.documentNumber,
      effectiveDate: v.effectiveDate,
      publishedAt: v.publishedAt.toISOString(),
    },
  };
}
