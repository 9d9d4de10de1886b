import { randomBytes } from 'node:crypto';
import { afterAll, inject } from 'vitest';
import { disconnectDatabase } from '../../lib/db/client';
import { databaseUrlWithName, dropDatabase, recreateDatabase } from '../../lib/db/provision';

// Each test file gets its own database cloned from the migrated template, so files run in parallel
// without seeing each other's rows. The app's clients read DATABASE_URL lazily, on first query.

const adminUrl = inject('adminUrl');
const name = `pb_test_${randomBytes(5).toString('hex')}`;
await recreateDatabase(adminUrl, name, inject('template'));
process.env.DATABASE_URL = databaseUrlWithName(adminUrl, name);

afterAll(async () => {
  await disconnectDatabase();
  await dropDatabase(adminUrl, name);
});
