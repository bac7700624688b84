import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isEmptyDatabase } from './bootstrap';
import { loadDemo } from './demo';
import { createTestPlatform, type TestPlatform } from './test/harness';

describe('the demo city', () => {
  let t: TestPlatform;
  beforeAll(async () => {
    t = await createTestPlatform();
  });
  afterAll(() => t.close());

  it('is never loaded in production, where its published passwords would open real accounts', async () => {
    const production = { ...t, config: { ...t.config, env: 'production' as const } };
    await expect(loadDemo(production)).rejects.toThrow(/production/);
    expect(await isEmptyDatabase(t.database)).toBe(true);
  });
});
