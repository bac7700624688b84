import { describe, expect, it } from 'vitest';
import { normaliseText, readCell } from './cells';
import { columnKeyOf } from './headers';
import {
  formatSubstitutes,
  readDisposition,
  readSubstitutes,
  readVerificationMethod,
  splitServiceItems,
} from './vocab';

describe('readDisposition', () => {
  it('reads the core word under common wording', () => {
    for (const text of ['保留', ' 拟保留 ', '予以保留', '保留（告知承诺）'])
      expect(readDisposition(text, 'inventory')).toEqual({ ok: true, value: 'retain' });
    for (const text of ['取消', '建议取消', '直接取消'])
      expect(readDisposition(text, 'inventory')).toEqual({ ok: true, value: 'cancel' });
  });

  it('accepts 告知承诺 and 免提交 in published mode only', () => {
    expect(readDisposition('实行告知承诺制', 'published')).toEqual({ ok: true, value: 'commitment' });
    expect(readDisposition('免于提交', 'published')).toEqual({ ok: true, value: 'exempt' });
    expect(readDisposition('告知承诺', 'inventory')).toEqual({ ok: false, code: 'DISPOSITION_NOT_ALLOWED' });
    expect(readDisposition('免提交', 'inventory')).toEqual({ ok: false, code: 'DISPOSITION_NOT_ALLOWED' });
  });

  it('tells blank from unknown', () => {
    expect(readDisposition('', 'inventory')).toEqual({ ok: false, code: 'REQUIRED' });
    for (const text of ['待定', '__proto__', 'toString'])
      expect(readDisposition(text, 'published')).toEqual({ ok: false, code: 'UNKNOWN_DISPOSITION' });
  });
});

describe('readSubstitutes', () => {
  it('maps keywords in order, drops repeats and keeps notes', () => {
    expect(readSubstitutes('告知承诺；信息共享（公安人口库）、部门协查；承诺').substitutes).toEqual([
      { method: 'commitment' },
      { method: 'data_sharing', note: '公安人口库' },
      { method: 'assistance' },
    ]);
    expect(readSubstitutes('数据共享或部门协助\n仍需提交').substitutes.map((s) => s.method)).toEqual([
      'data_sharing',
      'assistance',
      'must_submit',
    ]);
    expect(readSubstitutes('共享/协查+提交').substitutes.map((s) => s.method)).toEqual([
      'data_sharing',
      'assistance',
      'must_submit',
    ]);
  });

  it('does not read 免提交 or 不再提交 as must_submit, and reports unknown items', () => {
    expect(readSubstitutes('免提交；不再提交；无').substitutes).toEqual([]);
    expect(readSubstitutes('免提交；不再提交').unknown).toEqual([]);
    expect(readSubstitutes('告知承诺；电话确认').unknown).toEqual(['电话确认']);
  });

  it('formats with the contract labels', () => {
    const text = formatSubstitutes([
      { method: 'commitment' },
      { method: 'data_sharing', note: '省大数据平台' },
      { method: 'must_submit' },
    ]);
    expect(text).toBe('告知承诺；信息共享（省大数据平台）；仍需提交');
    expect(readSubstitutes(text).substitutes).toEqual([
      { method: 'commitment' },
      { method: 'data_sharing', note: '省大数据平台' },
      { method: 'must_submit' },
    ]);
  });
});

describe('readVerificationMethod', () => {
  it.each([
    ['在线核查（电子证照库、共享数据）', 'online'],
    ['通过电子证照库核验', 'online'],
    ['部门协查', 'assistance'],
    ['现场核查', 'on_site'],
    ['免于核查', 'exempt'],
    ['免核查', 'exempt'],
    ['抽查', null],
    ['', null],
  ])('%s → %s', (text, method) => expect(readVerificationMethod(text)).toBe(method));
});

describe('small readers', () => {
  it('splits service items on every separator units use', () => {
    expect(splitServiceItems('结婚登记、离婚登记；补领,补办，户口迁移;\n落户、结婚登记')).toEqual([
      '结婚登记',
      '离婚登记',
      '补领',
      '补办',
      '户口迁移',
      '落户',
    ]);
    expect(splitServiceItems('最低生活保障（城市、农村）审批')).toEqual(['最低生活保障（城市、农村）审批']);
  });

  it('normalises whitespace and invisible characters', () => {
    expect(normaliseText('\u3000 婚姻\u00a0\u00a0状况\u200b证明 \r\n\r\n 第二行 _x000D_')).toBe(
      '婚姻 状况证明\n第二行',
    );
  });

  it('reads odd cell values without throwing', () => {
    expect(readCell(Number.NaN)).toMatchObject({ kind: 'error', code: 'UNREADABLE_CELL' });
    expect(readCell(new Date(Number.NaN))).toMatchObject({ kind: 'error', code: 'UNREADABLE_CELL' });
    expect(readCell({ sharedString: 3 })).toMatchObject({ kind: 'error', code: 'UNREADABLE_CELL' });
    expect(readCell({ sharedFormula: 'A1', result: '共享公式结果' })).toEqual({ kind: 'text', text: '共享公式结果' });
    expect(readCell({ text: { richText: [{ text: '链接' }, { text: '文字' }] }, hyperlink: 'x' })).toEqual({
      kind: 'text',
      text: '链接文字',
    });
    expect(readCell(Symbol('x'))).toMatchObject({ kind: 'error' });
  });

  it('matches header spellings but not look-alikes', () => {
    expect(columnKeyOf('处理意见（保留/取消）')).toBe('disposition');
    expect(columnKeyOf('＊证明名称：')).toBe('name');
    expect(columnKeyOf('证明名称及处理意见汇总表')).toBeUndefined();
    expect(columnKeyOf('__proto__')).toBeUndefined();
  });
});
