import { describe, expect, it } from 'vitest';
import { parseInventory } from './parse';
import { entry, HEADERS, inventoryFile } from './test-workbooks';

const inventory = (buffer: Buffer) => parseInventory(buffer, { mode: 'inventory' });

describe('row errors', () => {
  it('reports every bad row with its row number, column and a reason', async () => {
    const file = await inventoryFile({
      rows: [
        entry('婚姻状况证明'),
        entry('', { 证明名称: undefined }),
        entry('甲', { 处理意见: '待定' }),
        entry('乙', { 处理意见: '取消' }),
        entry('长'.repeat(101)),
        entry('婚姻状况证明', { 办理事项: '离婚登记' }),
        entry('丙', { 替代方式: '电话确认' }),
        entry('丁', { 设定依据: '第八条' }),
        entry('戊', { 办理事项: ' ' }),
        entry('己', { 开具单位: undefined }),
        entry('庚', { 处理意见: undefined }),
        {},
        entry('婚姻状况证明', { 实施机关: '县民政局' }),
        entry('辛', { 办理事项: Array.from({ length: 201 }, (_, i) => `事项${i}`).join('、') }),
      ],
    });
    const report = await inventory(file);
    expect(report.errors.map((e) => [e.rowNumber, e.column, e.code])).toEqual([
      [3, '证明名称', 'REQUIRED'],
      [4, '处理意见', 'UNKNOWN_DISPOSITION'],
      [5, '取消理由', 'CANCEL_REASON_REQUIRED'],
      [6, '证明名称', 'TOO_LONG'],
      [7, '证明名称', 'DUPLICATE_NAME'],
      [8, '替代方式', 'UNKNOWN_SUBSTITUTE'],
      [9, '设定依据', 'UNREADABLE_BASIS'],
      [10, '办理事项', 'REQUIRED'],
      [11, '开具单位', 'REQUIRED'],
      [12, '处理意见', 'REQUIRED'],
      [15, '办理事项', 'TOO_MANY'],
    ]);
    const message = (row: number) => report.errors.find((e) => e.rowNumber === row)!.message;
    expect(message(4)).toBe('「处理意见」“待定”无法识别，请填写“保留”或“取消”。');
    expect(message(6)).toContain('不能超过 100 个字（现有 101 个字）');
    expect(message(7)).toContain('与第 2 行重复');
    for (const e of report.errors) expect(e.message).toMatch(/[。]$/);
    // The same name under another office is a different entry, not a duplicate.
    expect(report.rows.map((r) => r.rowNumber)).toEqual([2, 14]);
    expect(report.totalRows).toBe(13);
  });

  it('applies the one rule for text input to cells: direction controls refused in names, kept in free text', async () => {
    const file = await inventoryFile({
      rows: [
        entry('婚姻\u202e状况证明'),
        entry('收入证明', { 开具单位: '街道\u2067办事处' }),
        entry('居住证明', { 备注: '见\u202e附件（备注是自由文字，方向控制符可以）' }),
      ],
    });
    const report = await inventory(file);
    expect(report.errors.map((e) => [e.rowNumber, e.column, e.code])).toEqual([
      [2, '证明名称', 'FORBIDDEN_CHARACTER'],
      [3, '开具单位', 'FORBIDDEN_CHARACTER'],
    ]);
    expect(report.errors[0]!.message).toContain('U+202E');
  });
});

describe('modes', () => {
  const rows = [
    entry('无犯罪记录证明', { 处理意见: '告知承诺' }),
    entry('健康证明', { 处理意见: '免提交', 替代方式: '免提交' }),
    entry('房产证明', { 处理意见: '实行告知承诺制', 替代方式: '申请人书面承诺，实施机关通过不动产登记系统核查' }),
  ];

  it('published mode reads 告知承诺 and 免提交 and tolerates prose around substitutes', async () => {
    const report = await parseInventory(await inventoryFile({ rows }), { mode: 'published' });
    expect(report.errors).toEqual([]);
    expect(report.rows.map((r) => r.disposition)).toEqual(['commitment', 'exempt', 'commitment']);
    expect(report.rows[1]!.substitutes).toEqual([]);
    expect(report.rows[2]!.substitutes).toEqual([{ method: 'commitment' }]);
  });

  it('inventory mode reports them as errors', async () => {
    const report = await inventory(await inventoryFile({ rows }));
    expect(report.rows).toEqual([]);
    expect(report.errors.map((e) => [e.rowNumber, e.code])).toEqual([
      [2, 'DISPOSITION_NOT_ALLOWED'],
      [3, 'DISPOSITION_NOT_ALLOWED'],
      [4, 'DISPOSITION_NOT_ALLOWED'],
      [4, 'UNKNOWN_SUBSTITUTE'],
    ]);
    expect(report.errors[0]!.message).toContain('请填“保留”并在「替代方式」中写明“告知承诺”');
  });
});

describe('hostile text', () => {
  it('does not let __proto__ or constructor in headers or cells touch any prototype', async () => {
    const before = Object.getOwnPropertyNames(Object.prototype).sort();
    const headers = [...HEADERS, '__proto__', 'constructor', 'toString'];
    const file = await inventoryFile({
      headers,
      rows: [
        // Computed keys: a literal `__proto__:` would set the prototype instead of adding a key.
        entry('constructor', { ['__proto__']: '{"polluted":true}', ['constructor']: 'prototype', toString: 'x' }),
        entry('__proto__', { 处理意见: '__proto__' }),
        entry('hasOwnProperty', { 处理意见: 'constructor', 替代方式: '__proto__' }),
      ],
    });
    const report = await inventory(file);
    expect(report.rows.map((r) => r.name)).toEqual(['constructor']);
    const source = report.rows[0]!.sourceText;
    expect(Object.getOwnPropertyDescriptor(source, '__proto__')?.value).toBe('{"polluted":true}');
    expect(source['constructor']).toBe('prototype');
    expect(report.errors.map((e) => [e.rowNumber, e.code])).toEqual([
      [3, 'UNKNOWN_DISPOSITION'],
      [4, 'UNKNOWN_DISPOSITION'],
      [4, 'UNKNOWN_SUBSTITUTE'],
    ]);
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
