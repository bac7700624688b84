import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  creditCodeCheckChar,
  hasConsistentOrganizationCode,
  isMainlandMobile,
  isValidCreditCode,
  isValidResidentId,
  maskAddress,
  maskPersonName,
  maskPhone,
  maskResidentId,
  normalizeIdentifier,
  organizationCodeCheckChar,
  residentIdCheckChar,
  validateCreditCode,
  validateResidentId,
} from './validators';

const RUNS = 10_000;
// Each run of the substitution properties checks all 180 (ID) / 540 (credit code) variants of its
// code, so 2,000 runs already cover 360k / 1.08M mutated codes in a couple of seconds.
const SUBSTITUTION_RUNS = 2_000;
const ID_CHARS = '0123456789X';
const CREDIT_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const DAY_MS = 86_400_000;
// China-time "today" as days since 1900-01-01, so generated birth dates are never in the future.
const chinaToday = new Date(Date.now() + 8 * 3_600_000);
const maxDay = Math.floor(
  (Date.UTC(chinaToday.getUTCFullYear(), chinaToday.getUTCMonth(), chinaToday.getUTCDate()) - Date.UTC(1900, 0, 1)) /
    DAY_MS,
);

const validResidentId = fc
  .tuple(
    fc.integer({ min: 110000, max: 820000 }),
    fc.integer({ min: 0, max: maxDay }),
    fc.integer({ min: 0, max: 999 }),
  )
  .map(([region, day, seq]) => {
    const birth = new Date(Date.UTC(1900, 0, 1) + day * DAY_MS).toISOString().slice(0, 10).replace(/-/g, '');
    const first17 = `${region}${birth}${String(seq).padStart(3, '0')}`;
    return first17 + residentIdCheckChar(first17);
  });

const creditChar = fc.constantFrom(...CREDIT_CHARS);
const validCreditCode = fc
  .tuple(
    creditChar,
    creditChar,
    fc.integer({ min: 100000, max: 899999 }),
    fc.string({ unit: creditChar, minLength: 9, maxLength: 9 }),
  )
  .map(([dept, kind, region, body]) => {
    const first17 = `${dept}${kind}${region}${body}`;
    return first17 + creditCodeCheckChar(first17);
  });

const substitutions = (s: string, alphabet: string): string[] =>
  [...s].flatMap((ch, i) => [...alphabet].filter((c) => c !== ch).map((c) => s.slice(0, i) + c + s.slice(i + 1)));
const adjacentTranspositions = (s: string): string[] =>
  [...s].slice(0, -1).flatMap((ch, i) => (ch === s[i + 1] ? [] : [s.slice(0, i) + s[i + 1] + ch + s.slice(i + 2)]));

describe('normalizeIdentifier', () => {
  it('folds full-width characters, drops zero-width and inner spaces, upper-cases', () => {
    expect(normalizeIdentifier(' １１０１０５ １９４９１２３１００２ｘ ')).toBe('11010519491231002X');
    expect(normalizeIdentifier('1101\u200b0519\u00a04912\u300031002x\ufeff')).toBe('11010519491231002X');
    expect(normalizeIdentifier('９１３５０１００Ｍ０００１００Ｙ４３')).toBe('91350100M000100Y43');
  });
  it('is idempotent and never throws', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary' }),
        (s) => normalizeIdentifier(normalizeIdentifier(s)) === normalizeIdentifier(s),
      ),
      { numRuns: RUNS },
    );
  });
});

describe('resident ID numbers (GB 11643-1999)', () => {
  it('accepts the standard example and full-width / lower-case input', () => {
    expect(validateResidentId('11010519491231002X')).toEqual({ ok: true, value: '11010519491231002X' });
    expect(isValidResidentId('１１０１０５１９４９１２３１００２ｘ')).toBe(true);
    expect(isValidResidentId('110105 1949 1231 002x')).toBe(true);
  });
  it('names the reason for each rejection', () => {
    const now = new Date('2024-06-01T00:00:00Z');
    const withCheck = (first17: string) => first17 + residentIdCheckChar(first17);
    expect(validateResidentId('1101051949123100', { now })).toEqual({ ok: false, reason: 'length' });
    expect(validateResidentId('11010519491231002A', { now })).toEqual({ ok: false, reason: 'format' });
    expect(validateResidentId(withCheck('91010519491231002'), { now })).toEqual({ ok: false, reason: 'region' });
    expect(validateResidentId(withCheck('01010519491231002'), { now })).toEqual({ ok: false, reason: 'region' });
    expect(validateResidentId(withCheck('11010519490229002'), { now })).toEqual({ ok: false, reason: 'birthdate' });
    expect(validateResidentId(withCheck('11010520000229002'), { now }).ok).toBe(true);
    expect(validateResidentId(withCheck('11010519001301002'), { now })).toEqual({ ok: false, reason: 'birthdate' });
    expect(validateResidentId(withCheck('11010520240602002'), { now })).toEqual({ ok: false, reason: 'birthdate' });
    // GB 11643's own second example (born 1880) has a correct check digit but fails year >= 1900.
    expect(validateResidentId('440524188001010014', { now })).toEqual({ ok: false, reason: 'birthdate' });
    expect(validateResidentId('11010519491231002Y', { now })).toEqual({ ok: false, reason: 'format' });
    expect(validateResidentId('110105194912310021', { now })).toEqual({ ok: false, reason: 'checksum' });
  });
  it('uses the China calendar day for "not in the future"', () => {
    const first17 = '11010520240602001';
    const id = first17 + residentIdCheckChar(first17);
    expect(isValidResidentId(id, { now: new Date('2024-06-01T15:59:59Z') })).toBe(false); // 23:59:59 on 1 June, Beijing
    expect(isValidResidentId(id, { now: new Date('2024-06-01T16:00:00Z') })).toBe(true); // 00:00 on 2 June, Beijing
  });
  it('accepts every generated valid number', () => {
    fc.assert(
      fc.property(validResidentId, (id) => isValidResidentId(id)),
      { numRuns: RUNS },
    );
  });
  it('rejects every single-character substitution at every position', () => {
    fc.assert(
      fc.property(validResidentId, (id) => substitutions(id, ID_CHARS).every((s) => !isValidResidentId(s))),
      { numRuns: SUBSTITUTION_RUNS },
    );
  });
  it('rejects every adjacent transposition of two different characters', () => {
    fc.assert(
      fc.property(validResidentId, (id) => adjacentTranspositions(id).every((s) => !isValidResidentId(s))),
      { numRuns: RUNS },
    );
  });
  it('has weights that make every substitution and adjacent transposition visible to the checksum alone', () => {
    // Check value v (X = 10) satisfies sum(w_i * a_i) + v ≡ 1 (mod 11), i.e. the check character has
    // weight 1 and w_i = 2^(17-i) mod 11. Substitution: w_i * (a - b) ≢ 0 since 11 is prime and
    // |a - b| <= 10. Transposition at (i, i+1): (a - b)(w_i - w_{i+1}) = (a - b) * 2^(16-i) ≢ 0.
    // With the check character (weight 2 vs 1): the change is (v - a), never 0 for v ≠ a. So no
    // adjacent transposition class is undetectable; the birth-date rule only rejects some earlier.
    const w = [...[7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2], 1];
    w.forEach((wi, i) => expect(wi).toBe(2 ** (17 - i) % 11));
    for (let i = 0; i < 17; i++) {
      const values = i < 16 ? 10 : 11; // the character after position 16 is the check, which may be X
      for (let a = 0; a < 10; a++)
        for (let b = 0; b < values; b++) {
          if (a === b) continue;
          expect(((((a - b) * ((w[i] ?? 0) - (w[i + 1] ?? 0))) % 11) + 11) % 11).not.toBe(0);
        }
    }
  });
});

describe('unified social credit codes (GB 32100-2015)', () => {
  const realCodes = [
    '91350100M000100Y43',
    '91110000802100433B',
    '9144030071526726XG',
    '91110000600037341L',
    '121200004013590816',
    '91620105L015101280',
    '92340603MA2UK3DT5H',
  ];
  it('accepts real codes, also full-width and lower-case', () => {
    for (const code of realCodes) expect(validateCreditCode(code)).toEqual({ ok: true, value: code });
    expect(isValidCreditCode('９１３５０１００ｍ０００１００ｙ４３')).toBe(true);
    expect(isValidCreditCode('9135 0100 M000 100Y 43')).toBe(true);
  });
  it('names the reason for each rejection', () => {
    expect(validateCreditCode('91350100M000100Y4')).toEqual({ ok: false, reason: 'length' });
    expect(validateCreditCode('91350100M000100I43')).toEqual({ ok: false, reason: 'format' });
    expect(validateCreditCode('913501A0M000100Y43')).toEqual({ ok: false, reason: 'format' });
    const first17 = '91950100M000100Y4';
    expect(validateCreditCode(first17 + creditCodeCheckChar(first17))).toEqual({ ok: false, reason: 'region' });
    expect(validateCreditCode('91350100M000100Y44')).toEqual({ ok: false, reason: 'checksum' });
  });
  it('documents the known real-world anomalies', () => {
    // A real pre-2016 Xiamen code (hutool #4119) fails the mod-31 check; it is rejected by design.
    expect(validateCreditCode('91350203M0001QKT19')).toEqual({ ok: false, reason: 'checksum' });
    // Passes mod 31 but not the inner GB 11714 check: accepted, the inner check is advisory only.
    expect(isValidCreditCode('911100001011215130')).toBe(true);
    expect(hasConsistentOrganizationCode('911100001011215130')).toBe(false);
    for (const code of realCodes) expect(hasConsistentOrganizationCode(code)).toBe(true);
    expect(organizationCodeCheckChar('M000100Y')).toBe('4');
  });
  it('accepts every generated valid code', () => {
    fc.assert(
      fc.property(validCreditCode, (code) => isValidCreditCode(code)),
      { numRuns: RUNS },
    );
  });
  it('rejects every single-character substitution at every position', () => {
    fc.assert(
      fc.property(validCreditCode, (code) => substitutions(code, CREDIT_CHARS).every((s) => !isValidCreditCode(s))),
      { numRuns: SUBSTITUTION_RUNS },
    );
  });
  it('rejects every adjacent transposition of two different characters', () => {
    fc.assert(
      fc.property(validCreditCode, (code) => adjacentTranspositions(code).every((s) => !isValidCreditCode(s))),
      { numRuns: RUNS },
    );
  });
  it('has weights that make every substitution and adjacent transposition visible to the checksum alone', () => {
    // sum(w_i * a_i) + c ≡ 0 (mod 31), check weight 1, w_i = 3^i mod 31 (3 is a primitive root).
    // Data pair (i, i+1): (a - b)(3^i - 3^(i+1)) = -2 * 3^i * (a - b) ≢ 0. Position 16 (w = 28)
    // with the check (w = 1): change 27 * (c - a) ≢ 0. 31 is prime and |a - b| <= 30, so again
    // no adjacent transposition class escapes detection.
    const w = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
    w.forEach((wi, i) => expect(wi).toBe(3 ** i % 31));
    const all = [...w, 1];
    for (let i = 0; i < 17; i++)
      for (let a = 0; a < 31; a++)
        for (let b = 0; b < 31; b++) {
          if (a === b) continue;
          expect(((((a - b) * ((all[i] ?? 0) - (all[i + 1] ?? 0))) % 31) + 31) % 31).not.toBe(0);
        }
  });
});

describe('isMainlandMobile', () => {
  it('accepts 13x-19x numbers after normalization only', () => {
    expect(isMainlandMobile('138 1234 5678')).toBe(true);
    expect(isMainlandMobile('１３８１２３４５６７８')).toBe(true);
    expect(isMainlandMobile('12812345678')).toBe(false);
    expect(isMainlandMobile('1381234567')).toBe(false);
    expect(isMainlandMobile('+8613812345678')).toBe(false);
  });
});

describe('masking', () => {
  const masks = { maskResidentId, maskPhone, maskPersonName, maskAddress };
  const addressChars = fc.constantFrom(
    ...'北京上海广东省深圳市海淀区朝阳县旗自治特别行政镇乡村路街号小超中关𠀀 1２*-\u200b'.split(/(?:)/u),
  );
  const inputs = fc.oneof(
    fc.string({ unit: 'binary' }),
    fc.string({ unit: addressChars, maxLength: 24 }),
    validResidentId,
    fc.constant(''),
  );

  for (const [name, mask] of Object.entries(masks)) {
    it(`${name} is idempotent and never throws`, () => {
      fc.assert(
        fc.property(inputs, (s) => mask(mask(s)) === mask(s)),
        { numRuns: RUNS },
      );
      expect(mask('')).toBe('');
      expect(() => mask(undefined as unknown as string)).not.toThrow();
    });
  }

  it('never reveals the birth date of a resident ID', () => {
    fc.assert(
      fc.property(validResidentId, (id) => {
        const masked = maskResidentId(id);
        return masked.length === 18 && !masked.includes(id.slice(6, 14)) && /^\d\*{16}[\dX]$/.test(masked);
      }),
      { numRuns: RUNS },
    );
    expect(maskResidentId('11010519491231002X')).toBe('1****************X');
    expect(maskResidentId('１１０１０５１９４９１２３１００２ｘ')).toBe('1****************X');
  });

  it('masks phone numbers', () => {
    expect(maskPhone('13812345678')).toBe('138****5678');
    expect(maskPhone('+86 138-1234-5678')).toBe('138****5678');
    expect(maskPhone('0591-87654321')).toBe('********4321');
    expect(maskPhone('110')).toBe('***');
  });

  it('masks names by code point', () => {
    expect(maskPersonName('张三')).toBe('张*');
    expect(maskPersonName('欧阳娜娜')).toBe('欧***');
    expect(maskPersonName('张')).toBe('*');
    expect(maskPersonName('𠀀𠀁')).toBe('𠀀*');
    expect(maskPersonName('王𠀀𠀁')).toBe('王**');
  });

  it('masks addresses below the district/county', () => {
    expect(maskAddress('北京市海淀区中关村大街1号')).toBe('北京市海淀区****');
    expect(maskAddress('上海市浦东新区世纪大道100号')).toBe('上海市浦东新区****');
    expect(maskAddress('广东省深圳市南山区科技园')).toBe('广东省深圳市****');
    expect(maskAddress('新疆维吾尔自治区乌鲁木齐市天山区解放路')).toBe('新疆维吾尔自治区乌鲁木齐市****');
    expect(maskAddress('浙江省义乌市稠州北路8号')).toBe('浙江省义乌市****');
    expect(maskAddress('北京市阳光小区3号楼')).toBe('北京市****');
    expect(maskAddress('海淀区中关村大街超市')).toBe('****');
    expect(maskAddress('12 Main Street')).toBe('****');
    expect(maskAddress('北京市𠀀𠀁区某路')).toBe('北京市𠀀𠀁区****');
  });
});
