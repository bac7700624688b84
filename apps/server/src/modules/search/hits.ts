/** The best hits of a query over its segments, and how many there were. */

export interface Scored {
  segment: number;
  doc: number;
  score: number;
}

/**
 * Counts the passing documents offered to it and keeps the best `limit` of them (a binary heap
 * with the worst kept hit on top), so a query with 30,000 hits allocates nothing per hit.
 * Order: score, then earlier segment, then earlier document.
 */
export class TopHits {
  total = 0;
  private readonly scores: Float64Array;
  private readonly segments: Int32Array;
  private readonly docs: Int32Array;
  private size = 0;

  constructor(readonly limit: number) {
    this.scores = new Float64Array(limit);
    this.segments = new Int32Array(limit);
    this.docs = new Int32Array(limit);
  }

  /**
   * The score a further hit must beat to be kept (-Infinity while there is room). Hits come in
   * order (segment, then document), so one that only ties with the worst kept hit ranks after it.
   */
  get threshold(): number {
    return this.size < this.limit ? -Infinity : this.limit === 0 ? Infinity : this.scores[0]!;
  }

  /** Counts a hit known not to make the top (see threshold). */
  count(): void {
    this.total++;
  }

  /** Whether hit a ranks after hit b. */
  private worse(a: number, b: number): boolean {
    const sa = this.scores[a]!;
    const sb = this.scores[b]!;
    if (sa !== sb) return sa < sb;
    if (this.segments[a] !== this.segments[b]) return this.segments[a]! > this.segments[b]!;
    return this.docs[a]! > this.docs[b]!;
  }

  private swap(a: number, b: number): void {
    const score = this.scores[a]!;
    const segment = this.segments[a]!;
    const doc = this.docs[a]!;
    this.scores[a] = this.scores[b]!;
    this.segments[a] = this.segments[b]!;
    this.docs[a] = this.docs[b]!;
    this.scores[b] = score;
    this.segments[b] = segment;
    this.docs[b] = doc;
  }

  offer(score: number, segment: number, doc: number): void {
    this.total++;
    if (this.limit === 0) return;
    if (this.size < this.limit) {
      let i = this.size++;
      this.scores[i] = score;
      this.segments[i] = segment;
      this.docs[i] = doc;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (!this.worse(i, parent)) break;
        this.swap(i, parent);
        i = parent;
      }
      return;
    }
    const top = this.scores[0]!;
    if (
      score < top ||
      (score === top && (segment > this.segments[0]! || (segment === this.segments[0]! && doc > this.docs[0]!)))
    )
      return;
    this.scores[0] = score;
    this.segments[0] = segment;
    this.docs[0] = doc;
    for (let i = 0; ; ) {
      const left = 2 * i + 1;
      if (left >= this.size) break;
      const right = left + 1;
      const child = right < this.size && this.worse(right, left) ? right : left;
      if (!this.worse(child, i)) break;
      this.swap(child, i);
      i = child;
    }
  }

  /** The kept hits, best first. */
  results(): Scored[] {
    const out: Scored[] = [];
    for (let i = 0; i < this.size; i++)
      out.push({ score: this.scores[i]!, segment: this.segments[i]!, doc: this.docs[i]! });
    return out.sort((a, b) => b.score - a.score || a.segment - b.segment || a.doc - b.doc);
  }
}
