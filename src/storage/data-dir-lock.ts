/**
 * One Tessera per data directory: `<data-dir>/tessera.pid` holds the process id
 * (and, on Linux, the process's start time) of the Tessera that owns the
 * embedded database there. A second start on the same directory would stop the
 * first one's PostgreSQL and rewrite its files, so it refuses at once instead.
 *
 * A lock left by a process that no longer runs (kill -9, power loss) is taken
 * over, so a crash never blocks the next start. "No longer runs" also covers a
 * process id that has since been given to another process (its start time
 * differs) and the id of this very process (a container restarted as PID 1).
 */
import { randomBytes } from 'node:crypto';
import { readFileSync, unlinkSync } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';

export const LOCK_FILE = 'tessera.pid';

/** A data directory Tessera cannot use; the message is one line that names it and says why. */
export class DataDirError extends Error {
  override name = 'DataDirError';
}

export class DataDirInUseError extends DataDirError {
  constructor(
    readonly dataDir: string,
    readonly pid: number,
  ) {
    super(`data directory ${dataDir} is in use by process ${pid}`);
  }
}

export interface DataDirLock {
  readonly file: string;
  /** Removes the lock file if it is still ours; idempotent. */
  release(): Promise<void>;
}

interface Holder {
  pid: number;
  /** Clock ticks after boot at which the process started (Linux), or null. */
  startTime: string | null;
}

/** Field 22 of /proc/<pid>/stat, and whether the process is a zombie; null without /proc. */
function procStat(pid: number): { startTime: string; zombie: boolean } | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the parenthesised command name (which may contain spaces): state is field 3.
    const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return { startTime: rest[19]!, zombie: rest[0] === 'Z' };
  } catch {
    return null;
  }
}

function signalable(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Whether the process that wrote the lock still runs. */
export function holderAlive(holder: Holder, self = process.pid): boolean {
  if (holder.pid === self) return false;
  if (!signalable(holder.pid)) return false;
  const stat = procStat(holder.pid);
  if (!stat) return true; // no /proc: the pid alone has to do
  if (stat.zombie) return false;
  return holder.startTime === null || holder.startTime === stat.startTime;
}

function parse(text: string): Holder | null {
  const [pidLine, startLine] = text.split('\n');
  const pid = Number(pidLine);
  if (!Number.isInteger(pid) || pid <= 0) return null;
  return { pid, startTime: startLine?.trim() || null };
}

async function readHolder(file: string): Promise<{ text: string; holder: Holder | null } | null> {
  try {
    const text = await fs.readFile(file, 'utf8');
    return { text, holder: parse(text) };
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw e;
  }
}

function ownContent(): string {
  return `${process.pid}\n${procStat(process.pid)?.startTime ?? ''}\n`;
}

/** Where a hard link cannot be made (some network and FAT file systems), the file is created in place. */
const NO_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'EXDEV', 'ENOSYS']);

/**
 * Creates `file` holding `content` unless it exists. The content is written to a file of this
 * start's own first and linked into place, so no other start ever reads the file empty or half
 * written: an empty takeover mutex read as "left by a dead start" let two starts take a stale
 * lock over at once (seen with eight racing starts on a busy machine).
 */
async function tryCreate(file: string, content: string): Promise<boolean> {
  const own = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  await writeSynced(own, content, 'w');
  try {
    await fs.link(own, file);
    return true;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? '';
    if (code === 'EEXIST') return false;
    if (!NO_LINKS.has(code)) throw e;
  } finally {
    await fs.rm(own, { force: true });
  }
  try {
    await writeSynced(file, content, 'wx');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw e;
  }
  return true;
}

async function writeSynced(file: string, content: string, flags: 'w' | 'wx'): Promise<void> {
  const handle = await fs.open(file, flags, 0o644);
  try {
    await handle.writeFile(content);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Removes a stale lock whose content is still `staleText`. Only the holder of
 * `<lock>.takeover` may remove the lock, so two starts that both found it stale
 * cannot remove each other's fresh lock.
 */
async function removeStale(file: string, staleText: string): Promise<void> {
  const mutex = `${file}.takeover`;
  if (!(await tryCreate(mutex, ownContent()))) {
    const other = await readHolder(mutex);
    if (other?.holder && holderAlive(other.holder)) {
      // Another start is taking over: let it finish, then look again (it will hold the lock).
      await new Promise((r) => setTimeout(r, 20));
      return;
    }
    await fs.rm(mutex, { force: true }); // left by a start that died while taking over
    if (!(await tryCreate(mutex, ownContent()))) return;
  }
  try {
    if ((await readHolder(file))?.text === staleText) await fs.rm(file, { force: true });
  } finally {
    await fs.rm(mutex, { force: true });
  }
}

/** Takes the data directory's lock, or throws DataDirInUseError naming the process that has it. */
export async function lockDataDir(dataDir: string): Promise<DataDirLock> {
  await fs.mkdir(dataDir, { recursive: true });
  const file = path.join(dataDir, LOCK_FILE);
  const content = ownContent();
  for (let attempt = 0; attempt < 50; attempt++) {
    if (await tryCreate(file, content)) return heldLock(file, content);
    const found = await readHolder(file);
    if (!found) continue; // released meanwhile
    if (found.holder === null) {
      // Being written by a start that has just created it, or garbage: wait a moment, then take it.
      if (attempt < 10) {
        await new Promise((r) => setTimeout(r, 20));
        continue;
      }
    } else if (holderAlive(found.holder)) {
      throw new DataDirInUseError(dataDir, found.holder.pid);
    }
    await removeStale(file, found.text);
  }
  const holder = (await readHolder(file))?.holder;
  throw new DataDirInUseError(dataDir, holder?.pid ?? 0);
}

function heldLock(file: string, content: string): DataDirLock {
  let released = false;
  // If the process exits without release() (an uncaught error), the lock goes with it.
  const onExit = () => {
    try {
      if (readFileSync(file, 'utf8') === content) unlinkSync(file);
    } catch {
      /* already gone */
    }
  };
  process.on('exit', onExit);
  return {
    file,
    async release() {
      if (released) return;
      released = true;
      process.removeListener('exit', onExit);
      if ((await readHolder(file))?.text === content) await fs.rm(file, { force: true });
    },
  };
}
