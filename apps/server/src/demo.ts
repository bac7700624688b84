import { ConfigError } from './config';
import { transact } from './platform/audit/transaction';
import { type Platform, programAdminCtx } from './platform/context';
import type { DemoContext } from './platform/module';
import { MODULES } from './modules';

export { DEMO_ACCOUNTS, DEMO_APPLICANTS, DEMO_PASSWORD, demoIdentifier, demoTotpSecret } from './modules/org';

/**
 * Loads 济宁市: each module of the module list runs its demo step in list order (org's regions,
 * units and people first), through the same use cases an administrator would use, so the demo
 * obeys every rule and leaves a complete audit trail.
 */
export async function loadDemo(platform: Platform): Promise<void> {
  // Its accounts share a published password and TOTP secrets derived from their names.
  if (platform.config.env === 'production')
    throw new ConfigError('Refusing to load the demo city in production: its accounts have published passwords');
  const units = new Map<string, string>();
  const demo: DemoContext = {
    ctx: programAdminCtx(platform, 'demo-load', {
      userId: '00000000-0000-0000-0000-000000000000',
      username: 'demo-loader',
      displayName: '演示数据载入程序',
    }),
    units,
    unitId: (key) => {
      const id = units.get(key);
      if (!id) throw new Error(`demo unit ${key} missing`);
      return id;
    },
  };
  for (const m of MODULES) await m.demo?.(demo);
  await transact(demo.ctx, async (_tx, audit) => {
    audit.record({ action: 'system.demo_loaded', targetType: 'region', targetId: '370800', note: '济宁市演示数据' });
  });
}
