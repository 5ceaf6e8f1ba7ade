/** A share token's peeked source data: what the destination may see before it redeems. */
import type { SourceData } from '../api';
import { Id, Status } from '../components/ui';

type Entry = { visibility: 'full' | 'presence'; value: unknown };

function Value({ entry }: { entry: Entry }) {
  if (entry.visibility === 'presence') return <span className="muted">{entry.value ? 'present (hidden)' : 'absent'}</span>;
  return <>{typeof entry.value === 'string' ? entry.value : JSON.stringify(entry.value)}</>;
}

function Attributes({ attrs }: { attrs: Record<string, unknown> }) {
  const { fields, ...rest } = attrs as { fields?: Record<string, Entry> } & Record<string, Entry>;
  const rows: [string, Entry][] = [...Object.entries(rest), ...Object.entries(fields ?? {})];
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
  const related = (data['related-objects'] ?? []) as { type: string; id: string; 'peekable-attributes': Record<string, unknown> }[];
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
