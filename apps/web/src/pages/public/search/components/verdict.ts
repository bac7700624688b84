import type { Verdict } from '@pfc/contracts';

interface VerdictStyle {
  tag: string;
  color: string;
  background: string;
}

/**
 * Colours of the five verdicts: green when nothing is needed any more, blues when the proof is
 * replaced, orange when it must still be submitted.
 */
const VERDICT_STYLE: Record<Verdict, VerdictStyle> = {
  cancelled: { tag: 'green', color: '#237804', background: '#f6ffed' },
  commitment: { tag: 'blue', color: '#1e4f9c', background: '#e8eef8' },
  data_sharing: { tag: 'cyan', color: '#006d75', background: '#e6fffb' },
  assistance: { tag: 'purple', color: '#531dab', background: '#f9f0ff' },
  must_submit: { tag: 'orange', color: '#ad4e00', background: '#fff7e6' },
};

/** (The contract types `answer.verdict` as a plain string, so an unknown one gets neutral grey.) */
export function verdictStyle(verdict: string): VerdictStyle {
  return VERDICT_STYLE[verdict as Verdict] ?? { tag: 'default', color: 'rgba(0, 0, 0, 0.88)', background: '#fafafa' };
}
