import { describe, expect, it } from 'vitest';
import { answerFor, verdictOf } from './answer';

const base = {
  disposition: 'retain' as const,
  substitutes: [],
  commitmentExcluded: false,
  mustSubmitReason: '',
  cancelReason: '',
};

describe('answerFor', () => {
  it('puts a cancelled entry’s reason in brackets without a doubled full stop', () => {
    const a = answerFor(
      { ...base, disposition: 'cancel', cancelReason: '户籍信息通过公安人口信息共享核验。' },
      '2021-06-30',
    );
    expect(a.sentence).toBe('已取消：自2021年6月30日起，任何单位不得再要求您提供此证明。');
    expect(a.whatToDo).toBe('您无需提供此证明（户籍信息通过公安人口信息共享核验）。如仍被要求提供，可以反映。');
  });

  it('takes the first substitute the entry allows, skipping commitment when it is excluded', () => {
    const substitutes = [{ method: 'commitment' as const }, { method: 'data_sharing' as const, note: '人口库' }];
    expect(verdictOf({ ...base, substitutes })).toBe('commitment');
    expect(verdictOf({ ...base, substitutes, commitmentExcluded: true })).toBe('data_sharing');
    expect(answerFor({ ...base, substitutes, commitmentExcluded: true }, '2021-06-30').whatToDo).toBe(
      '办理单位将查询：人口库。',
    );
    expect(verdictOf(base)).toBe('must_submit');
  });
});
