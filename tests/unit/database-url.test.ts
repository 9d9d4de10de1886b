import { describe, expect, it } from 'vitest';
import { databaseUrlWithName } from '../../lib/db/provision';

describe('databaseUrlWithName', () => {
  it('swaps only the database name, keeping credentials, host and options', () => {
    expect(databaseUrlWithName('postgresql://u:p%40ss@db.internal:6543/app?sslmode=require', 'pb_test_1')).toBe('postgresql://u:p%40ss@db.internal:6543/pb_test_1?sslmode=require');
  });
});
