import type { TestProject } from 'vitest/node';
import { applyMigrations } from '../../lib/db/migrate';
import { databaseUrlWithName, dropDatabase, ensureTestServer, recreateDatabase } from '../../lib/db/provision';

// Once per run: a test PostgreSQL server (DATABASE_URL's, or an embedded one under .data/pg-test) and a
// migrated template database that each test file clones (see database-per-file.ts).

export const TEMPLATE = 'peerbridge_template';

declare module 'vitest' {
  export interface ProvidedContext {
    adminUrl: string;
    template: string;
  }
}

export default async function setup(project: TestProject) {
  const { adminUrl, server } = await ensureTestServer();
  await recreateDatabase(adminUrl, TEMPLATE);
  await applyMigrations(databaseUrlWithName(adminUrl, TEMPLATE));
  project.provide('adminUrl', adminUrl);
  project.provide('template', TEMPLATE);
  return async () => {
    await dropDatabase(adminUrl, TEMPLATE);
    await server?.stop();
  };
}
