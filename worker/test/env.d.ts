import type { D1Migration } from '@cloudflare/vitest-pool-workers';

declare global {
  namespace Cloudflare {
    /** The test-only binding vitest.config.ts adds to the generated Env. */
    interface Env {
      TEST_MIGRATIONS: D1Migration[];
    }
  }
}
