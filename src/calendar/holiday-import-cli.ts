import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { loadConfig } from '../config';
import { openDatabase } from '../database/database';
import { userErrorMessage } from '../errors/user-error-messages';
import { Locale } from '../i18n/locale';
import { createLogger } from '../logger';
import { importLocalHolidayList } from './holiday-import.service';

/**
 * `npm run holidays:import -- <file.csv> [--source "<where the dates come from>"]`: imports the
 * Generalitat's yearly list of local holidays of every municipality into the configured database
 * (DATABASE_URL, or the embedded one under DATA_DIR), as `importLocalHolidays` does for an admin but
 * for every province. Exit status 1 and nothing changed when the file has errors.
 */
async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const sourceAt = args.indexOf('--source');
  const source = sourceAt >= 0 ? args[sourceAt + 1] : undefined;
  const file = args.find((arg, index) => !arg.startsWith('--') && (sourceAt < 0 || index !== sourceAt + 1));
  if (!file || (sourceAt >= 0 && !source)) {
    console.error('Usage: npm run holidays:import -- <file.csv> [--source "Ordre … de festes locals … (DOGC)"]');
    process.exit(2);
  }
  const text = readFileSync(file, 'utf8');
  const database = await openDatabase(loadConfig(), createLogger('warn'), { migrate: true });
  try {
    const result = await importLocalHolidayList(database.orm.em.fork(), {
      text, source: source ?? `Llista de festes locals de la Generalitat (${basename(file)})`, onProgress: (message) => console.log(message),
    });
    for (const error of result.userErrors.slice(0, 50)) {
      const [, , line, column] = error.field ?? [];
      console.error(`${line ? `line ${line}${column ? ` (${column})` : ''}: ` : ''}${error.code}: ${userErrorMessage(error.code, Locale.CA, error.params)}`);
    }
    if (result.userErrors.length > 50) console.error(`… and ${result.userErrors.length - 50} more.`);
    if (!result.report) {
      process.exitCode = 1;
      return;
    }
    console.log(JSON.stringify(result.report, null, 2));
  } finally {
    await database.close();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
