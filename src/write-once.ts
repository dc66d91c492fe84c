import { randomBytes } from 'node:crypto';
import fs from 'node:fs';

/**
 * Creates `file` with `content` unless it already exists, atomically: the content goes to a
 * temporary file first and link() publishes it only if the name is free, so a reader never sees
 * half a file and, of two processes racing, the second keeps the first one's file. Returns whether
 * this call created it. Used for the development keys and certificates under the data folder.
 */
export function writeOnce(file: string, content: string, mode: number): boolean {
  const temporary = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  fs.writeFileSync(temporary, content, { mode });
  try {
    fs.linkSync(temporary, file);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  } finally {
    fs.rmSync(temporary, { force: true });
  }
}
