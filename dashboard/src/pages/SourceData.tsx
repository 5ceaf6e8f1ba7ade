/** A share token's peeked source data: what the destination may see before it redeems. */
import type { ShareTokenAttributes } from 'tessera/sdk';
import { Id, Status } from '../components/ui';

type SourceData = NonNullable<ShareTokenAttributes['source-data']>;
type PeekableAttributes = SourceData['peekable-attributes'];

/** One peeked value: shown in full, or only whether it is there. */
type Entry = { visibility: 'full' | 'presence'; value: unknown };

/**
 * A peeked attribute as the page shows it. The contract leaves each value's
 * shape open (`unknown`: it depends on the connection's peek settings), so
 * it is checked here; anything else is shown as it came.
 */
function entryOf(v: unknown): Entry {
  if (typeof v === 'object' && v !== null && 'visibility' in v && (v.visibility === 'full' || v.visibility === 'presence')) {
    return { visibility: v.visibility, value: 'value' in v ? v.value : undefined };
  }
  return { visibility: 'full', value: v };
}

function Value({ entry }: { entry: Entry }) {
  if (entry.visibility === 'presence') return <span className="muted">{entry.value ? 'present (hidden)' : 'absent'}</span>;
  return <>{typeof entry.value === 'string' ? entry.value : JSON.stringify(entry.value)}</>;
}

function Attributes({ attrs }: { attrs: PeekableAttributes }) {
  const { fields, ...rest } = attrs;
  const rows: [string, Entry][] = [...Object.entries(rest), ...Object.entries(fields ?? {})].map(([name, v]) => [name, entryOf(v)]);
  return (
    <table className="peek">
      <tbody>
        {rows.map(([name, entry]) => (
          <tr key={name}>
            <td>
              <code>{name}</code>
            </td>
            <td>{name === 'status' && entry.visibility === 'full' ? <Status value={String(entry.value)} /> : <Value entry={entry} />}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function SourceDataView({ data }: { data: SourceData }) {
  const related = data['related-objects'] ?? [];
  return (
    <>
      <p className="muted">
        {data.type.replace('connect/source-data/', '')} <Id value={data.id} />
      </p>
      <Attributes attrs={data['peekable-attributes']} />
      {related.length ? (
        <>
          <h3>Related objects</h3>
          <ul className="cards">
            {related.map((r) => (
              <li key={r.id} className="card">
                <p className="muted">
                  {r.type.replace('connect/source-data/', '')} <Id value={r.id} />
                </p>
                <Attributes attrs={r['peekable-attributes']} />
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}
