import { databaseErrorCode } from './database-error-code';

/**
 * Runs `transaction` again when PostgreSQL aborted it as a deadlock victim, up to `attempts` times in all.
 * Concurrent inserts that conflict in an exclusion constraint can deadlock (each waits for the other's
 * uncommitted row); the retry then sees whichever one committed.
 */
export async function retryOnDeadlock<T>(transaction: () => Promise<T>, attempts = 3): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await transaction();
    } catch (error) {
      const code = databaseErrorCode(error);
      if ((code !== '40P01' && code !== 'P2034') || attempt >= attempts) throw error;
    }
  }
}
