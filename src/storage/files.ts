/**
 * Files Tessera writes for others to read (demo.json, the secret, the admin
 * token, the embedded database's password, CLI profiles) are written whole or
 * not at all: a reader, or a start after a crash or a full disk, never finds a
 * half-written or empty file. The content goes to a temporary file in the same
 * directory, is flushed to disk, and then takes the final name in one step.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';

async function writeTemp(file: string, data: string, mode: number): Promise<string> {
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  const handle = await fs.open(tmp, 'wx', mode);
  try {
    await handle.writeFile(data);
    // The umask may have narrowed the mode; a private file stays exactly `mode`.
    await handle.chmod(mode);
    await handle.sync();
  } catch (e) {
    await handle.close();
    await fs.rm(tmp, { force: true });
    throw e;
  }
  await handle.close();
  return tmp;
}

/** The rename itself survives a power loss only once the directory is flushed too. */
async function syncDir(dir: string): Promise<void> {
  const handle = await fs.open(dir, 'r').catch(() => null);
  if (!handle) return;
  await handle.sync().catch(() => undefined); // some file systems refuse fsync on a directory
  await handle.close();
}

/** Replaces `file` with `data` in one step, with the given mode (0600 by default). */
export async function writeFileAtomic(file: string, data: string, mode = 0o600): Promise<void> {
  const tmp = await writeTemp(file, data, mode);
  try {
    await fs.rename(tmp, file);
  } catch (e) {
    await fs.rm(tmp, { force: true });
    throw e;
  }
  await syncDir(path.dirname(file));
}

/**
 * Creates `file` with `data` unless it exists; returns false if it did. Two
 * processes racing both see the one complete file that won (a hard link does
 * not replace an existing name).
 */
export async function createFileAtomic(file: string, data: string, mode = 0o600): Promise<boolean> {
  const tmp = await writeTemp(file, data, mode);
  try {
    await fs.link(tmp, file);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw e;
  } finally {
    await fs.rm(tmp, { force: true });
  }
  await syncDir(path.dirname(file));
  return true;
}

/**
 * Reads a one-line secret file, creating it with `make()` on first use. An
 * empty file is refused rather than used as a key.
 */
export async function readOrCreateSecret(file: string, make: () => string): Promise<string> {
  const read = () =>
    fs.readFile(file, 'utf8').then(
      (s) => s.trim(),
      (e: NodeJS.ErrnoException) => {
        if (e.code === 'ENOENT') return null;
        throw e;
      },
    );
  let value = await read();
  if (value === null) {
    await createFileAtomic(file, make() + '\n');
    value = (await read()) ?? '';
  }
  if (!value) throw new Error(`${file} is empty: restore it from a backup, or remove it if nothing was ever stored with it`);
  return value;
}
