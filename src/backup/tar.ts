/**
 * A gzip-compressed tar (POSIX ustar) archive, written and read as a stream:
 * a backup can be listed with `tar tzf` and holds files of any size without
 * loading them into memory. Only regular files and directories are used.
 *
 * Reading refuses any name that would land outside the target directory.
 */
import { createReadStream, createWriteStream } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { finished } from 'node:stream/promises';
import zlib from 'node:zlib';

const BLOCK = 512;

function octal(value: number, width: number): string {
  return value.toString(8).padStart(width - 1, '0') + '\0';
}

function header(name: string, size: number, type: 'file' | 'dir', mode: number, mtime: Date): Buffer {
  const h = Buffer.alloc(BLOCK);
  let prefix = '';
  let base = name;
  if (Buffer.byteLength(name) > 100) {
    const cut = name.lastIndexOf('/', 155);
    if (cut <= 0 || Buffer.byteLength(name.slice(cut + 1)) > 100) throw new Error(`name too long for the archive: ${name}`);
    prefix = name.slice(0, cut);
    base = name.slice(cut + 1);
  }
  h.write(base, 0, 100, 'utf8');
  h.write(octal(mode & 0o7777, 8), 100, 'ascii');
  h.write(octal(0, 8), 108, 'ascii');
  h.write(octal(0, 8), 116, 'ascii');
  if (size < 8 ** 11) h.write(octal(size, 12), 124, 'ascii');
  else {
    // GNU base-256 for files of 8 GiB and more.
    h[124] = 0x80;
    h.writeBigUInt64BE(BigInt(size), 128);
  }
  h.write(octal(Math.floor(mtime.getTime() / 1000), 12), 136, 'ascii');
  h.write('        ', 148, 'ascii');
  h.write(type === 'dir' ? '5' : '0', 156, 'ascii');
  h.write('ustar\0', 257, 'ascii');
  h.write('00', 263, 'ascii');
  h.write(prefix, 345, 155, 'utf8');
  let sum = 0;
  for (const byte of h) sum += byte;
  h.write(octal(sum, 7) + ' ', 148, 'ascii');
  return h;
}

export interface TarWriter {
  addDir(name: string, mode?: number): Promise<void>;
  addBuffer(name: string, data: Buffer | string, mode?: number): Promise<void>;
  /**
   * Adds a file as it is on disk, read once. A file that shrinks while it is
   * read is padded with zeros and one that grows is cut at its first size, as
   * PostgreSQL's own base backup does (WAL replay repairs such pages); a file
   * that vanished is skipped (returns false).
   */
  addFile(name: string, file: string): Promise<boolean>;
  /** Ends the archive and flushes it to disk. */
  close(): Promise<void>;
}

export function createTarWriter(out: string): TarWriter {
  const gzip = zlib.createGzip({ level: 6 });
  const sink = createWriteStream(out, { mode: 0o600, flags: 'wx' });
  gzip.pipe(sink);
  const write = (chunk: Buffer) =>
    new Promise<void>((resolve, reject) => {
      gzip.write(chunk, (err) => (err ? reject(err) : resolve()));
    });
  const pad = (size: number) => (size % BLOCK ? write(Buffer.alloc(BLOCK - (size % BLOCK))) : Promise.resolve());

  return {
    async addDir(name, mode = 0o700) {
      await write(header(name.replace(/\/?$/, '/'), 0, 'dir', mode, new Date()));
    },
    async addBuffer(name, data, mode = 0o600) {
      const buf = typeof data === 'string' ? Buffer.from(data) : data;
      await write(header(name, buf.length, 'file', mode, new Date()));
      await write(buf);
      await pad(buf.length);
    },
    async addFile(name, file) {
      let handle;
      try {
        handle = await fs.open(file, 'r');
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'ENOENT') return false;
        throw e;
      }
      try {
        const st = await handle.stat();
        await write(header(name, st.size, 'file', st.mode, st.mtime));
        let done = 0;
        const buf = Buffer.alloc(1024 * 1024);
        while (done < st.size) {
          const { bytesRead } = await handle.read(buf, 0, Math.min(buf.length, st.size - done), done);
          if (bytesRead === 0) {
            await write(Buffer.alloc(st.size - done)); // truncated meanwhile
            break;
          }
          await write(Buffer.from(buf.subarray(0, bytesRead)));
          done += bytesRead;
        }
        await pad(st.size);
      } finally {
        await handle.close();
      }
      return true;
    },
    async close() {
      await write(Buffer.alloc(BLOCK * 2));
      gzip.end();
      await finished(sink);
      const handle = await fs.open(out, 'r');
      await handle.sync();
      await handle.close();
    },
  };
}

export interface TarEntry {
  name: string;
  type: 'file' | 'dir';
  mode: number;
  size: number;
}

function parseSize(h: Buffer): number {
  if (h[124]! & 0x80) return Number(h.readBigUInt64BE(128));
  return parseInt(h.subarray(124, 136).toString('ascii').replace(/\0.*$/s, '').trim() || '0', 8);
}

function parseHeader(h: Buffer): TarEntry | null {
  if (h.every((b) => b === 0)) return null;
  const str = (start: number, len: number) => h.subarray(start, start + len).toString('utf8').replace(/\0.*$/s, '');
  let sum = 0;
  for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 32 : h[i]!;
  if (sum !== parseInt(str(148, 8).trim(), 8)) throw new Error('not a Tessera backup (damaged or not a tar archive)');
  const prefix = str(345, 155);
  const name = (prefix ? `${prefix}/` : '') + str(0, 100);
  const flag = String.fromCharCode(h[156]!);
  const type = flag === '5' ? 'dir' : flag === '0' || flag === '\0' ? 'file' : null;
  if (!type) throw new Error(`unexpected entry type "${flag}" for ${name} in the archive`);
  return { name: name.replace(/\/$/, ''), type, mode: parseInt(str(100, 8).trim() || '0', 8), size: parseSize(h) };
}

/** A name inside `root`, or an error: no absolute names, no `..`. */
export function safeJoin(root: string, name: string): string {
  const target = path.resolve(root, name);
  if (path.isAbsolute(name) || name.split('/').includes('..') || (target !== root && !target.startsWith(root + path.sep))) {
    throw new Error(`refusing archive entry outside the target directory: ${name}`);
  }
  return target;
}

/**
 * Streams the archive's entries: `onEntry` returns where a file's content goes
 * (a path, written with the entry's mode), or null to skip it. Directories are
 * reported with `content` null.
 */
export async function readTar(file: string, onEntry: (entry: TarEntry) => Promise<string | null>): Promise<void> {
  const stream = createReadStream(file).pipe(zlib.createGunzip());
  let pending: Buffer = Buffer.alloc(0);
  let current: { entry: TarEntry; left: number; padding: number; out: fs.FileHandle | null } | null = null;
  let ended = false;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    pending = pending.length ? Buffer.concat([pending, chunk]) : chunk;
    for (;;) {
      if (ended) break;
      if (current) {
        if (current.left > 0) {
          if (!pending.length) break;
          const take = Math.min(current.left, pending.length);
          if (current.out) await current.out.write(pending.subarray(0, take));
          pending = pending.subarray(take);
          current.left -= take;
          if (current.left > 0) break;
        }
        if (pending.length < current.padding) break;
        pending = pending.subarray(current.padding);
        if (current.out) await current.out.close();
        current = null;
      }
      if (pending.length < BLOCK) break;
      const entry = parseHeader(pending.subarray(0, BLOCK));
      pending = pending.subarray(BLOCK);
      if (!entry) {
        ended = true;
        break;
      }
      const target = await onEntry(entry);
      const out = entry.type === 'file' && target ? await fs.open(target, 'wx', entry.mode & 0o777 || 0o600) : null;
      current = { entry, left: entry.type === 'file' ? entry.size : 0, padding: entry.type === 'file' && entry.size % BLOCK ? BLOCK - (entry.size % BLOCK) : 0, out };
    }
  }
  if (current?.out) await current.out.close();
  if (!ended || current) throw new Error('the archive is truncated');
}

/** The first entry of the archive and its content (small files only: a manifest), without reading further. */
export async function readFirstEntry(file: string, maxBytes = 1024 * 1024): Promise<{ entry: TarEntry; data: Buffer }> {
  const stream = createReadStream(file).pipe(zlib.createGunzip());
  let pending: Buffer = Buffer.alloc(0);
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      pending = Buffer.concat([pending, chunk]);
      if (pending.length < BLOCK) continue;
      const entry = parseHeader(pending.subarray(0, BLOCK));
      if (!entry || entry.type !== 'file' || entry.size > maxBytes) break;
      if (pending.length >= BLOCK + entry.size) return { entry, data: Buffer.from(pending.subarray(BLOCK, BLOCK + entry.size)) };
    }
  } catch (e) {
    throw new Error(`${file} is not a Tessera backup: ${(e as Error).message}`, { cause: e });
  } finally {
    stream.destroy();
  }
  throw new Error(`${file} is not a Tessera backup`);
}
