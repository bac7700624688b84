import type { Platform } from '../../platform/context';
import type { App } from '../../platform/http/schemas';
import type { AppOptions } from '../../platform/module';
import { SearchService } from './service';

declare module 'fastify' {
  interface FastifyInstance {
    /** The public search index of this server (tests and benchmarks refresh it directly). */
    searchIndex: SearchService;
  }
}

declare module '../../platform/module' {
  interface AppOptions {
    /** Answer repeated public searches from a cache (default on; the benchmark measures both). */
    searchCache?: boolean;
  }
}

/** Starts this server's search index before the routes that read it, and stops it when the app closes. */
export async function startSearch(app: App, platform: Platform, options: AppOptions): Promise<void> {
  const search = new SearchService(platform, { cache: options.searchCache ?? true });
  await search.start();
  app.decorate('searchIndex', search);
  app.addHook('onClose', () => search.stop());
}
