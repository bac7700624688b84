import { describe, expect, it } from 'vitest';
import { CASES, cancelledEntry, retainedEntry } from './rules.cases';
import { PROOF_ENTRY_RULES, checkProofEntry, hasBlockingFindings } from './index';

const codesOf = (findings: { code: string }[]) => findings.map((finding) => finding.code);
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe('proof entries from the seed texts', () => {
  it.each(CASES)('$title', ({ entry, ctx, codes }) => {
    const found = codesOf(checkProofEntry(entry, ctx));
    expect(new Set(found)).toEqual(new Set(codes));
    expect(found).toHaveLength(codes.length);
  });

  it.each(CASES)('gives the same findings in English: $title', ({ entry, ctx }) => {
    const zh = checkProofEntry(entry, ctx, 'zh');
    const en = checkProofEntry(entry, ctx, 'en');
    const strip = (findings: typeof zh) => findings.map(({ message: _message, ...rest }) => rest);
    expect(strip(en)).toEqual(strip(zh));
    for (const [index, finding] of zh.entries()) {
      expect(finding.message).toMatch(/\p{Script=Han}/u);
      expect(finding.message).not.toMatch(/\{\w+\}/);
      expect(en[index]?.message).not.toMatch(/\{\w+\}/);
      expect(en[index]?.message).not.toEqual(finding.message);
    }
  });

  it('covers every rule of the table with at least one case', () => {
    const fired = new Set(CASES.flatMap(({ entry, ctx }) => codesOf(checkProofEntry(entry, ctx))));
    const silent = PROOF_ENTRY_RULES.map((rule) => rule.code).filter((code) => !fired.has(code));
    expect(silent).toEqual([]);
  });
});

describe('messages', () => {
  it('names the highest rank found when rule 1 fires', () => {
    const onRule = retainedEntry({
      legalBasis: [{ instrument: '《社会救助暂行办法》', article: '第十一条', rank: 'rule' }],
    });
    expect(checkProofEntry(onRule)[0]?.message).toContain('现有最高依据：规章');
    expect(checkProofEntry(onRule, {}, 'en')[0]?.message).toContain('highest basis given: Rule');
    const bare = checkProofEntry(retainedEntry({ legalBasis: [] }));
    expect(bare[0]?.message).toContain('未填写任何依据');
    expect(bare[0]).toMatchObject({ code: 'RULE1_NO_LEGAL_BASIS', level: 'error', field: 'legalBasis', rule: 1 });
    expect(bare[0]?.message).toContain('依据“七个一律”第1条应当取消：没有法律法规明确规定');
  });

  it('fills the keyword, the instrument and the cancel rule', () => {
    expect(checkProofEntry(retainedEntry({ name: '营业执照' }))[0]?.message).toContain('“营业执照”');
    const noArticle = retainedEntry({
      legalBasis: [{ instrument: '《中华人民共和国律师法》', article: '', rank: 'law' }],
    });
    expect(checkProofEntry(noArticle)[0]?.message).toContain('《中华人民共和国律师法》未写明条款');
    const shortReason = cancelledEntry({ cancelRule: 6, cancelReason: '无' });
    expect(checkProofEntry(shortReason)[0]?.message).toContain('开具单位无法调查核实的一律取消');
    const dup = retainedEntry({ substitutes: [{ method: 'data_sharing' }, { method: 'data_sharing' }] });
    expect(checkProofEntry(dup, {}, 'en').find((f) => f.code === 'SUBSTITUTE_DUPLICATE')?.message).toContain(
      'Data sharing',
    );
  });
});

describe('the rule table', () => {
  it('has unique codes, a seed citation and matching placeholders in both languages', () => {
    const codes = PROOF_ENTRY_RULES.map((rule) => rule.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const rule of PROOF_ENTRY_RULES) {
      expect(rule.code).toMatch(/^[A-Z0-9_]+$/);
      expect(rule.source).toMatch(/^00[0-4] /);
      expect(rule.zh).toMatch(/\p{Script=Han}/u);
      expect(rule.en).toMatch(/^[\x20-\x7E]{12}/);
      expect(placeholders(rule.en)).toEqual(placeholders(rule.zh));
      expect(placeholders(rule.zh).length > 0).toBe(rule.params !== undefined);
    }
  });

  it('does not nag on standard proof names', () => {
    const names = [
      '出生医学证明',
      '无犯罪记录证明（国内）',
      '死亡医学证明书',
      '房屋安全鉴定报告',
      '完税凭证',
      '村民委员会意见',
      '火化证明',
      '居民身份证明',
      '离婚证明',
      '消防验收意见书',
      '社会保险参保缴费记录',
      '学历证书',
      '审计报告',
      '户籍证明',
      '未婚证明',
    ];
    for (const name of names) expect(codesOf(checkProofEntry(retainedEntry({ name }))), name).toEqual([]);
  });

  it('flags every out-of-scope kind of 问答六', () => {
    for (const name of [
      '居民身份证',
      '户口簿',
      '学生证',
      '营业执照',
      '不动产权证书',
      '施工审批表',
      '公证书',
      '民事裁定书',
      '诉讼证据材料',
    ]) {
      expect(codesOf(checkProofEntry(retainedEntry({ name }))), name).toContain('OUT_OF_SCOPE');
    }
  });

  it('blocks on errors only', () => {
    expect(hasBlockingFindings(checkProofEntry(retainedEntry()))).toBe(false);
    expect(hasBlockingFindings(checkProofEntry(retainedEntry({ disclosure: true })))).toBe(false);
    expect(hasBlockingFindings(checkProofEntry(retainedEntry({ name: '居住证明', legalBasis: [] })))).toBe(true);
    expect(hasBlockingFindings([])).toBe(false);
  });
});
