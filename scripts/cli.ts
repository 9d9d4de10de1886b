// `npm run cli -- <command>`: maintenance commands. The launcher has already started and migrated the
// database and set DATABASE_URL.
import { seedDemo, seedScale } from '../lib/seed';

const HELP = `Usage: npm run cli -- <command>

Commands:
  seed:demo                   Reset and reseed the demo orgs (Acme Global, Globex). Other orgs are kept.
  seed:scale --employees N    Create (or replace) a large synthetic org "scale" for benchmarks, e.g. N=100000.
  help                        Show this help.`;

function flag(args: string[], name: string): string | undefined {
  const index = args.indexOf(name);
  if (index >= 0) return args[index + 1];
  return args.find((a) => a.startsWith(`${name}=`))?.slice(name.length + 1);
}

export async function runCli(args: string[]): Promise<number> {
  const [command, ...rest] = args;
  switch (command) {
    case 'seed:demo':
      await seedDemo((line) => console.log(line));
      console.log('Demo data is ready. Sign in with a persona at /sign-in.');
      return 0;
    case 'seed:scale': {
      const employees = Number(flag(rest, '--employees') ?? 100_000);
      if (!Number.isInteger(employees) || employees < 10 || employees > 2_000_000) {
        console.error('--employees must be a whole number from 10 to 2,000,000.');
        return 2;
      }
      const started = Date.now();
      await seedScale(employees, (done, total) => {
        process.stdout.write(`\remployees ${done.toLocaleString('en-US')} / ${total.toLocaleString('en-US')} (${Math.round((done / total) * 100)}%)`);
      });
      process.stdout.write('\n');
      console.log(`Created org "scale" with ${employees.toLocaleString('en-US')} employees in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
      return 0;
    }
    case undefined:
    case 'help':
    case '--help':
      console.log(HELP);
      return 0;
    default:
      console.error(`Unknown command "${command}".\n\n${HELP}`);
      return 2;
  }
}
