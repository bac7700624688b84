import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { textProblem } from './text';

const refusedEverywhere = [
  '\u0000',
  '\u0001',
  '\u0008',
  '\u000b',
  '\u000c',
  '\u000e',
  '\u001b',
  '\u001f',
  '\u007f',
  '\ud800',
  '\udbff',
  '\udc00',
  '\udfff',
];
const refusedInNames = [
  '\u061c',
  '\u200b',
  '\u200c',
  '\u200d',
  '\u200e',
  '\u200f',
  '\u202a',
  '\u202b',
  '\u202c',
  '\u202d',
  '\u202e',
  '\u2060',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
  '\ufeff',
];
const allowed = [
  'a',
  '证',
  '\t',
  '\n',
  '\r',
  ' ',
  '😀',
  '𠀀',
  'e\u0301',
  '\ufffe',
  '\uffff',
  '\ufffd',
  '\u0085',
  '１２３',
  '\u3000',
];

describe('the one rule for text input', () => {
  it('refuses NUL, lone surrogates and C0 controls (not tab, LF, CR) in any text', () => {
    for (const c of refusedEverywhere) {
      expect(textProblem(`ab${c}cd`), JSON.stringify(c)).toMatchObject({
        index: 2,
        char: `U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`,
      });
      expect(textProblem(`ab${c}cd`, 'name')).not.toBeNull();
    }
    expect(textProblem('a\u0000')?.problem).toBe('nul');
    expect(textProblem('a\ud800b')?.problem).toBe('lone_surrogate');
    expect(textProblem('\udc00')?.problem).toBe('lone_surrogate');
    expect(textProblem('a\u001bb')?.problem).toBe('control');
  });

  it('refuses direction controls and zero-width characters in names only', () => {
    for (const c of refusedInNames) {
      expect(textProblem(`名${c}称`), JSON.stringify(c)).toBeNull();
      expect(textProblem(`名${c}称`, 'name')).toMatchObject({ problem: 'invisible', index: 1 });
    }
  });

  it('accepts everything else, surrogate pairs and multi-line text included', () => {
    for (const c of allowed) {
      expect(textProblem(`x${c}y`, 'name'), JSON.stringify(c)).toBeNull();
    }
    const ok = fc.string({ unit: fc.constantFrom(...allowed) });
    fc.assert(fc.property(ok, (s) => textProblem(s, 'name') === null));
  });

  it('finds one refused character wherever it sits in otherwise good text', () => {
    const good = fc.string({ unit: fc.constantFrom(...allowed), maxLength: 40 });
    fc.assert(
      fc.property(good, fc.constantFrom(...refusedEverywhere), good, (before, bad, after) => {
        // A lone high surrogate right before a low one would be a pair: keep the test honest.
        fc.pre(
          !(bad >= '\ud800' && bad <= '\udbff' && /^[\udc00-\udfff]/.test(after)) &&
            !(bad >= '\udc00' && /[\ud800-\udbff]$/.test(before)),
        );
        expect(textProblem(before + bad + after)?.index).toBe(before.length);
      }),
    );
  });
});
