import path from 'node:path';
import { RuleTester, type Rule } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, it } from 'vitest';
import plugin from '../../../eslint/module-boundaries.js';

/** The boundary rule of eslint.config.js (issue 13 item 4), case by case. */
RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

const rule = plugin.rules!['module-boundaries'] as Rule.RuleModule;
const tester = new RuleTester({ languageOptions: { parser: tseslint.parser } });
const at = (file: string) => path.join(process.cwd(), file);
const code = (from: string, source: string) => ({ filename: at(from), code: source });

tester.run('module-boundaries', rule, {
  valid: [
    // a benchmark of a module (bench/<m>-*.ts) measures its insides, as its tests do
    code('bench/search-engine.ts', "import { TopHits } from '../apps/server/src/modules/search/hits';"),
    // a module reaches every file of its own, tests included
    code('apps/server/src/modules/catalog/publication/publication.ts', "import { x } from '../entries/entries';"),
    code('apps/server/src/modules/catalog/rounds/rounds.test.ts', "import { cleanupRounds } from '../tables';"),
    // everyone else enters through index.ts, however it is spelled
    code('apps/server/src/app.ts', "import { a } from './modules/catalog';"),
    code('apps/server/src/app.ts', "import { a } from './modules/catalog/index';"),
    code('apps/server/src/app.ts', "export { a } from './modules/catalog/index.ts';"),
    code('apps/server/src/modules/search/state.ts', "import type { PublishedRow } from '../catalog';"),
    // tests use the shared test helpers; the helpers (and drizzle-kit's schema) insert into tables
    code(
      'apps/server/src/modules/catalog/rounds/rounds.test.ts',
      "import { createFixtureApp } from '../../../test/fixtures';",
    ),
    code('apps/server/src/test/catalog-fixtures.ts', "import { proofEntries } from '../modules/catalog/tables';"),
    code('apps/server/src/db/schema.ts', "export * from '../modules/catalog/tables';"),
    // the directory's tables: for tables.ts files, org, the directory itself and fixtures
    code('apps/server/src/modules/catalog/tables.ts', "import { regions } from '../../platform/directory/tables';"),
    code('apps/server/src/modules/org/units.ts', "import { units } from '../../platform/directory/tables';"),
    code('apps/server/src/platform/directory/scope.ts', "import { units } from './tables';"),
    code('apps/server/src/test/fixtures.ts', "import { units } from '../platform/directory/tables';"),
    code('apps/server/src/platform/auth/service.ts', "import { reach } from '../directory';"),
    // packages and other folders are not this rule's business
    code('apps/server/src/platform/auth/service.ts', "import { Type } from '@sinclair/typebox';"),
    code('apps/web/src/pages/catalog/entries/index.tsx', "import { ProofEntryView } from '@pfc/contracts';"),
  ],
  invalid: [
    {
      ...code('apps/server/src/app.ts', "import { catalogRoutes } from './modules/catalog/entries/routes';"),
      errors: [
        {
          messageId: 'moduleInternal',
          data: { module: 'catalog', to: 'apps/server/src/modules/catalog/entries/routes' },
        },
      ],
    },
    {
      ...code('apps/server/src/modules/search/service.ts', "import type { proofEntries } from '../catalog/tables.ts';"),
      errors: [{ messageId: 'moduleInternal' }],
    },
    {
      ...code(
        'apps/server/src/modules/demo/catalog.ts',
        "export { adoptLists } from '../catalog/publication/publication';",
      ),
      errors: [{ messageId: 'moduleInternal' }],
    },
    {
      ...code('apps/server/src/modules/search/service.ts', "export * from '../catalog/excel';"),
      errors: [{ messageId: 'moduleInternal' }],
    },
    {
      ...code('apps/server/src/modules/search/service.ts', "const t = await import('../catalog/tables');"),
      errors: [{ messageId: 'moduleInternal' }],
    },
    {
      // a test reaches inside its own module only
      ...code(
        'apps/server/src/modules/applications/applications.test.ts',
        "import { proofEntries } from '../catalog/tables';",
      ),
      errors: [{ messageId: 'moduleInternal' }],
    },
    {
      // the shared helpers reach tables, not use cases
      ...code(
        'apps/server/src/test/authz-cases.ts',
        "import { publishLists } from '../modules/catalog/publication/publication';",
      ),
      errors: [{ messageId: 'moduleInternal' }],
    },
    {
      // a benchmark of search reaches inside search only
      ...code('bench/search-engine.ts', "import { proofEntries } from '../apps/server/src/modules/catalog/tables';"),
      errors: [{ messageId: 'moduleInternal' }],
    },
    {
      ...code('bench/applications.ts', "import { TopHits } from '../apps/server/src/modules/search/hits';"),
      errors: [{ messageId: 'moduleInternal' }],
    },
    {
      // the platform imports no module at all, not even its index
      ...code('apps/server/src/platform/auth/accounts.ts', "import { units } from '../../modules/org';"),
      errors: [{ messageId: 'platformImportsModule' }],
    },
    {
      ...code('apps/server/src/platform/audit/chain.test.ts', "import { regions } from '../../modules/org/tables';"),
      errors: [{ messageId: 'platformImportsModule' }],
    },
    {
      ...code(
        'apps/server/src/modules/catalog/entries/entries.ts',
        "import { units } from '../../../platform/directory/tables';",
      ),
      errors: [{ messageId: 'directoryTables' }],
    },
    {
      ...code('apps/server/src/platform/auth/service.ts', "import { units } from '../directory/tables';"),
      errors: [{ messageId: 'directoryTables' }],
    },
    {
      ...code('apps/server/src/jobs.ts', "import { filingOverdue } from './modules/catalog/adjustment/adjustments';"),
      errors: [{ messageId: 'moduleInternal' }],
    },
  ],
});
