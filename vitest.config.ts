import { fileURLToPath } from 'node:url';
import { cloudflareTest, readD1Migrations } from '@cloudflare/vitest-pool-workers';
import { defineConfig } from 'vitest/config';

const migrationsDir = fileURLToPath(new URL('./worker/migrations', import.meta.url));

/**
 * Two projects: `node` runs the pure core, the add-in's layout and Excel adapter, and the cross-side tests
 * (LibreOffice, Chromium); `worker` runs the Worker inside workerd against a real local D1.
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'node',
          environment: 'node',
          include: ['shared/**/*.test.ts', 'addin/**/*.test.ts', 'tests/node/**/*.test.ts'],
          globalSetup: ['./tests/node/global-setup.ts'],
          testTimeout: 30_000,
        },
      },
      {
        plugins: [
          cloudflareTest(async () => ({
            wrangler: { configPath: './wrangler.toml' },
            miniflare: {
              bindings: {
                ADMIN_TOKEN: 'test-admin-token-0123456789abcdef',
                // The second admin value of a rotation (decision 0029), accepted alike.
                ADMIN_TOKEN_NEXT: 'test-admin-next-0123456789abcdef',
                // Tests answered 401 on purpose share one client ("local"): the throttle's own tests lower
                // the limit per request (worker/test/throttle.test.ts).
                AUTH_FAILURE_LIMIT: '100000',
                TEST_MIGRATIONS: await readD1Migrations(migrationsDir),
              },
            },
          })),
        ],
        test: {
          name: 'worker',
          include: ['worker/**/*.test.ts', 'tests/worker/**/*.test.ts'],
          setupFiles: ['./worker/test/apply-migrations.ts'],
          testTimeout: 60_000,
        },
      },
    ],
  },
});
