import { describe, expect, it } from 'vitest';
import { formatLegalBasis, inferRank, parseLegalBasis } from './basis';

describe('parseLegalBasis', () => {
  it('splits per instrument and keeps each article', () => {
    expect(parseLegalBasis('《中华人民共和国婚姻法》第八条；《婚姻登记条例》第五条').bases).toEqual([
      { instrument: '《中华人民共和国婚姻法》', article: '第八条', rank: 'law' },
      { instrument: '《婚姻登记条例》', article: '第五条', rank: 'administrative_regulation' },
    ]);
  });

  it('reads instruments joined by 、 or 和, lead words, plain titles and line breaks', () => {
    const { bases, unreadable } = parseLegalBasis(
      '根据《中华人民共和国行政许可法》第三十一条、《山东省行政程序规定》第二十条和\n婚姻登记条例第五条第二款；居住证暂行条例',
    );
    expect(unreadable).toEqual([]);
    expect(bases.map((b) => [b.instrument, b.article, b.rank])).toEqual([
      ['《中华人民共和国行政许可法》', '第三十一条', 'law'],
      ['《山东省行政程序规定》', '第二十条', 'rule'],
      ['《婚姻登记条例》', '第五条第二款', 'administrative_regulation'],
      ['《居住证暂行条例》', '', 'administrative_regulation'],
    ]);
  });

  it('keeps a semicolon inside a title and continues an instrument after a semicolon', () => {
    expect(parseLegalBasis('《关于甲；乙的通知》第一条；第三条').bases).toEqual([
      { instrument: '《关于甲；乙的通知》', article: '第一条；第三条', rank: 'normative_document' },
    ]);
  });

  it('handles nested and unclosed brackets, and orphan articles', () => {
    expect(parseLegalBasis('《山东省实施《中华人民共和国老年人权益保障法》办法》第十条').bases).toEqual([
      {
        instrument: '《山东省实施《中华人民共和国老年人权益保障法》办法》',
        article: '第十条',
        rank: 'local_regulation',
      },
    ]);
    expect(parseLegalBasis('《婚姻登记条例第五条').bases).toEqual([
      { instrument: '《婚姻登记条例》', article: '第五条', rank: 'administrative_regulation' },
    ]);
    expect(parseLegalBasis('第八条').unreadable).toEqual(['第八条']);
  });

  it('reads blank and "none" words as no basis', () => {
    for (const text of ['', '无', '无。', '暂无', '无明确依据', '/', '—', '——'])
      expect(parseLegalBasis(text).bases).toEqual([]);
  });

  it('formats back with brackets and full-width semicolons', () => {
    const text = '《中华人民共和国婚姻法》第八条；《婚姻登记条例》第五条';
    expect(formatLegalBasis(parseLegalBasis(text).bases)).toBe(text);
    expect(formatLegalBasis([{ instrument: '婚姻登记条例', article: '', rank: 'administrative_regulation' }])).toBe(
      '《婚姻登记条例》',
    );
  });
});

describe('inferRank', () => {
  it.each([
    ['《中华人民共和国行政许可法》', 'law'],
    ['《中华人民共和国民法典》', 'law'],
    ['《中华人民共和国婚姻法（2001年修正）》', 'law'],
    ['《全国人民代表大会常务委员会关于修改〈中华人民共和国会计法〉的决定》', 'law'],
    ['《婚姻登记条例》', 'administrative_regulation'],
    ['《优化营商环境条例》', 'administrative_regulation'],
    ['《城市市容和环境卫生管理条例》', 'administrative_regulation'],
    ['《中华人民共和国土地管理法实施条例》', 'administrative_regulation'],
    ['《国务院对确需保留的行政审批项目设定行政许可的决定》', 'administrative_regulation'],
    ['《山东省人口与计划生育条例》', 'local_regulation'],
    ['《济南市城市市容和环境卫生管理条例》', 'local_regulation'],
    ['《延边朝鲜族自治州自治条例》', 'local_regulation'],
    ['《深圳经济特区居住证条例》', 'local_regulation'],
    ['《山东省实施〈中华人民共和国老年人权益保障法〉办法》', 'local_regulation'],
    ['《甘肃省鼓励改革创新干事创业容错纠错实施办法（试行）》', 'rule'],
    ['《医师执业注册管理办法》', 'rule'],
    ['《山东省行政程序规定》', 'rule'],
    ['《不动产登记暂行条例实施细则》', 'rule'],
    ['《国务院办公厅关于全面推行证明事项和涉企经营许可事项告知承诺制的指导意见》', 'normative_document'],
    ['《济宁市全面推行证明事项告知承诺制实施方案》', 'normative_document'],
    ['《婚姻登记工作规范》', 'normative_document'],
    ['《住房公积金缴存基数计算方法》', 'normative_document'],
    ['《》', 'none'],
  ])('%s → %s', (instrument, rank) => {
    expect(inferRank(instrument)).toBe(rank);
  });
});
