// Applies the D1 migrations once per test file; applyD1Migrations skips those already applied.
import { applyD1Migrations, env } from 'cloudflare:test';

await applyD1Migrations(env.DB, env.TEST_MIGRATIONS);
