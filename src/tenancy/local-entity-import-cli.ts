/**
 * `npm run entities:import -- <file.csv> [--dry-run]`: loads the official NIF and DIR3 codes of
 * local entities into the database in use (DATABASE_URL, or the embedded one under DATA_DIR), for
 * every territory. The file format is in local-entity-import.rules.ts and the README. A refused
 * file changes nothing; the exit code is 1.
 */
import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { ConfigError, loadConfig } from '../config';
import { openDatabase } from '../database/database';
import { userErrorMessage } from '../errors/user-error-messages';
import { Locale } from '../i18n/locale';
import { createLogger } from '../logger';
import { importIdentifiers, ImportReport } from './local-entity-import.service';

const USAGE = 'Usage: npm run entities:import -- <file.csv> [--dry-run]';

function summary(report: ImportReport): string {
  const lines = [
    `${report.lineCount} data lines: ${report.changed.length + report.unchanged.length} matched, ${report.changed.length} changed, ` +
      `${report.unchanged.length} unchanged, ${report.unmatchedLines.length} not matched`,
    ...report.changed.map(({ line, entity, changedFields }) => `  line ${line}: ${entity.name} (${entity.externalKey}): ${changedFields.join(', ')} changed`),
  ];
  if (report.unmatchedLines.length) lines.push(`Lines that matched no entity: ${report.unmatchedLines.join(', ')}`);
  lines.push(report.written ? 'Written.' : 'Dry run: nothing was written.');
  return lines.join('\n');
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const dryRun = args.includes('--dry-run');
  const files = args.filter((arg) => arg !== '--dry-run');
  if (files.length !== 1 || files[0].startsWith('-')) {
    console.error(USAGE);
    process.exitCode = 2;
    return;
  }
  const csv = readFileSync(files[0], 'utf8');
  const progress = (message: string) => console.log(`… ${message}`);
  progress(`read ${files[0]} (${Buffer.byteLength(csv)} bytes)`);
  const config = loadConfig();
  const database = await openDatabase(config, createLogger('warn'), { migrate: true });
  try {
    progress('database ready');
    const result = await importIdentifiers(database.orm.em.fork(), csv, { providerId: null, dryRun, field: ['input', 'csv'], progress });
    if (result.report) {
      console.log(summary(result.report));
    } else {
      console.error(`The file was refused; nothing was written:\n${result.userErrors.map((error) => `  ${userErrorMessage(error.code, Locale.EN, error.params)}`).join('\n')}`);
      process.exitCode = 1;
    }
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) console.error(`Import failed: ${error.message}`);
  else if ((error as NodeJS.ErrnoException).code === 'ENOENT') console.error(`Import failed: no such file. ${USAGE}`);
  else console.error('Import failed:', error);
  process.exitCode = 1;
});
