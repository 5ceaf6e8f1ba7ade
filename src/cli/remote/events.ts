/**
 * `tessera events tail`: prints the latest events, then polls
 * `GET /api/v1/events` for newer ones until interrupted (or --limit, --once).
 */
import { unwrap, type Answer, type Item, type TesseraClient } from 'tessera/sdk';
import { filterOption, integerOption, type CommandGroup } from './command.js';
import type { Output } from './output.js';

type Event = Item<Answer<'/api/v1/events', 'get'>>;

const hint = 'tessera events tail --help';

function line(e: Event): string {
  const object = e.attributes.payload?.data;
  return [e.attributes['created-at'] ?? '', (e.attributes.name ?? '').padEnd(28), e.id, object?.id ? `${object.type} ${object.id}` : ''].join('  ').trimEnd();
}

/** `names`: a `filter[name]` value (`a,b`: any of), or undefined for every event. */
async function page(client: TesseraClient, size: number, names: string | undefined, before?: string): Promise<Event[]> {
  const query = { page: { size, before }, filter: { name: names } };
  const list = await unwrap(client.connect.GET('/api/v1/events', { params: { query } }));
  // Newest first on the wire; printed oldest first, like a log.
  const at = (e: Event) => e.attributes['created-at'] ?? '';
  return [...list.data].sort((a, b) => at(a).localeCompare(at(b)) || a.id.localeCompare(b.id));
}

const sleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true });
  });

export const events: CommandGroup = {
  name: 'events',
  summary: 'Follow the events of your environment (Connect)',
  commands: [
    {
      name: 'tail',
      summary: 'Print the latest events, then new ones as they happen, until Ctrl-C',
      options: { last: { type: 'string' }, name: { type: 'string', multiple: true }, interval: { type: 'string' }, limit: { type: 'string' }, once: { type: 'boolean' } },
      optionHelp: [
        '--last N            Start with the N latest events (0-100, default 10)',
        '--name NAME         Only events with this name, e.g. share-token.redeemed (repeat)',
        '--interval SECS     Poll every SECS seconds, 1 or more (default 2)',
        '--limit N           Exit after printing N events',
        '--once              Print the latest events and exit',
      ],
      example: 'tessera events tail --name share-token.created --name share-token.redeemed',
      positionals: 0,
      async run({ values, out, connect, interrupted }) {
        const last = integerOption(values, 'last', hint, { max: 100 }) ?? 10;
        const limit = integerOption(values, 'limit', hint, { min: 1 });
        // At least a second between polls: 0 would ask the server in a tight loop.
        const intervalMs = (integerOption(values, 'interval', hint, { min: 1, unit: 'seconds' }) ?? 2) * 1000;
        const names = filterOption(values, 'name');
        const client = connect();
        let printed = 0;
        const emit = (batch: Event[], o: Output) => {
          for (const e of batch) {
            if (limit !== undefined && printed >= limit) return;
            o.printLine(e, line(e));
            printed++;
          }
        };
        // The newest event so far, the cursor for "newer than"; fetched even when --last 0 shows none.
        const initial = await page(client, Math.max(last, 1), names);
        emit(last === 0 ? [] : initial.slice(-last), out);
        if (values.once) return;
        let cursor = initial.at(-1)?.id;
        while (!interrupted.aborted && (limit === undefined || printed < limit)) {
          await sleep(intervalMs, interrupted);
          if (interrupted.aborted) break;
          // Newer than the cursor; a burst larger than a page is read page by page.
          for (;;) {
            const batch = cursor ? await page(client, 100, names, cursor) : await page(client, 100, names);
            if (!batch.length) break;
            emit(batch, out);
            cursor = batch.at(-1)!.id;
            if (batch.length < 100 || (limit !== undefined && printed >= limit)) break;
          }
        }
      },
    },
  ],
};
