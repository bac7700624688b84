import { ProofEntryInput, ServiceItemInput } from '@pfc/contracts';
import { FormatRegistry } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import { describe, expect, it } from 'vitest';
import { DEMO_UNITS } from '../../org';
import { checkProofEntry } from '../rules';
import { DEMO_PROOF_ENTRIES, DEMO_SERVICE_ITEMS } from './catalog-data';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
if (!FormatRegistry.Has('uuid')) FormatRegistry.Set('uuid', (value) => UUID.test(value));

const regionOf = new Map(DEMO_UNITS.map((unit) => [unit.key, unit.regionCode]));
const itemByCode = new Map(DEMO_SERVICE_ITEMS.map((item) => [item.code, item]));
/** Stand-in ids, one per service item, so the rule check can see unknown or foreign items. */
const idOf = new Map(
  DEMO_SERVICE_ITEMS.map((item, index) => [item.code, `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`]),
);
const idsInRegion = (regionCode: string) =>
  new Set(
    DEMO_SERVICE_ITEMS.filter((item) => regionOf.get(item.unit) === regionCode).map(
      (item) => idOf.get(item.code) ?? '',
    ),
  );

function fullEntry(proof: (typeof DEMO_PROOF_ENTRIES)[number]): ProofEntryInput {
  return { ...proof.entry, serviceItemIds: proof.items.map((code) => idOf.get(code) ?? `missing:${code}`) };
}

const countBy = <T>(values: T[]) =>
  values.reduce((counts, value) => counts.set(value, (counts.get(value) ?? 0) + 1), new Map<T, number>());

describe('demo catalogue of 济宁市', () => {
  it('has at least 150 proof entries across at least 15 units, each unit a demo unit', () => {
    expect(DEMO_PROOF_ENTRIES.length).toBeGreaterThanOrEqual(150);
    const units = new Set(DEMO_PROOF_ENTRIES.map((proof) => proof.unit));
    expect(units.size).toBeGreaterThanOrEqual(15);
    for (const unit of [...units, ...DEMO_SERVICE_ITEMS.map((item) => item.unit)])
      expect(regionOf.has(unit), unit).toBe(true);
  });

  it('gives service items unique codes prefixed with their unit’s region, and valid contents', () => {
    const codes = DEMO_SERVICE_ITEMS.map((item) => item.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const item of DEMO_SERVICE_ITEMS) {
      expect(item.code.startsWith(`${regionOf.get(item.unit)}-`), item.code).toBe(true);
      const { unit: _unit, ...fields } = item;
      const input = { ...fields, unitId: '00000000-0000-4000-8000-000000000000' };
      expect(
        [...Value.Errors(ServiceItemInput, input)].map((error) => `${error.path} ${error.message}`),
        item.code,
      ).toEqual([]);
    }
  });

  it('links only existing service items of the entry unit’s own region', () => {
    for (const proof of DEMO_PROOF_ENTRIES) {
      for (const code of proof.items) {
        const item = itemByCode.get(code);
        expect(item, `${proof.entry.name}: ${code}`).toBeDefined();
        expect(regionOf.get(item?.unit ?? ''), `${proof.unit} ${proof.entry.name}: ${code}`).toBe(
          regionOf.get(proof.unit),
        );
      }
    }
  });

  it('keeps proof names unique within each unit', () => {
    const names = DEMO_PROOF_ENTRIES.map((proof) => `${proof.unit}/${proof.entry.name}`);
    const repeated = [...countBy(names)].filter(([, count]) => count > 1).map(([name]) => name);
    expect(repeated).toEqual([]);
  });

  it('links every retained entry to at least one service item', () => {
    const orphans = DEMO_PROOF_ENTRIES.filter(
      (proof) => proof.entry.disposition === 'retain' && proof.items.length === 0,
    );
    expect(orphans.map((proof) => proof.entry.name)).toEqual([]);
  });

  it('plans a check of 5–20 working days, sampling all or 10–30 %, for every commitment', () => {
    for (const { unit, entry } of DEMO_PROOF_ENTRIES) {
      if (entry.disposition !== 'retain' || !entry.substitutes.some((substitute) => substitute.method === 'commitment'))
        continue;
      const plan = entry.verificationPlan;
      expect(plan, `${unit} ${entry.name}`).not.toBeNull();
      expect(['online', 'assistance', 'on_site']).toContain(plan?.method);
      expect(plan?.timeLimitDays).toBeGreaterThanOrEqual(5);
      expect(plan?.timeLimitDays).toBeLessThanOrEqual(20);
      const share = plan?.samplingShare ?? 0;
      expect(share === 1 || (share >= 0.1 && share <= 0.3), `${unit} ${entry.name}: sampling ${share}`).toBe(true);
    }
  });

  it('fits the proof-entry schema', () => {
    for (const proof of DEMO_PROOF_ENTRIES) {
      const errors = [...Value.Errors(ProofEntryInput, fullEntry(proof))].map(
        (error) => `${error.path} ${error.message}`,
      );
      expect(errors, `${proof.unit} ${proof.entry.name}`).toEqual([]);
    }
  });

  it('passes the rule check without errors', () => {
    const warnings: string[] = [];
    for (const proof of DEMO_PROOF_ENTRIES) {
      const findings = checkProofEntry(fullEntry(proof), {
        knownServiceItemIds: idsInRegion(regionOf.get(proof.unit) ?? ''),
      });
      const errors = findings.filter((finding) => finding.level === 'error').map((finding) => finding.code);
      expect(errors, `${proof.unit} ${proof.entry.name}`).toEqual([]);
      warnings.push(...findings.filter((finding) => finding.level === 'warning').map((finding) => finding.code));
    }
    const summary = [...countBy(warnings)]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([code, count]) => `${code}: ${count}`);
    console.info(`demo catalogue rule-check warnings (${warnings.length}):\n  ${summary.join('\n  ') || 'none'}`);
  });
});
