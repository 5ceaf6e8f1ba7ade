/**
 * What the remote commands print: aligned tables and key/value blocks for
 * people, the API's data as JSON with --json, and a spinner on stderr while
 * waiting — only when stderr is a terminal and the output is not JSON.
 */

export interface Streams {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  /** Whether stderr is a terminal (spinners draw only there). */
  stderrIsTTY: boolean;
}

export interface Column<T> {
  header: string;
  value: (row: T) => unknown;
}

export interface Spinner {
  update(text: string): void;
  stop(finalLine?: string): void;
}

const FRAMES = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];

/** A cell's text: dates and nulls stay short, lists are comma-joined. */
export function cell(v: unknown): string {
  if (v === null || v === undefined || v === '') return '-';
  if (Array.isArray(v)) return v.length ? v.map(cell).join(',') : '-';
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

export function renderTable<T>(rows: T[], columns: Column<T>[]): string {
  const cells = rows.map((r) => columns.map((c) => cell(c.value(r)).replace(/\s+/g, ' ')));
  const widths = columns.map((c, i) => Math.max(c.header.length, ...cells.map((r) => r[i]!.length)));
  const line = (values: string[]) => values.map((v, i) => (i === values.length - 1 ? v : v.padEnd(widths[i]!))).join('  ').trimEnd();
  return [line(columns.map((c) => c.header)), ...cells.map(line)].join('\n') + '\n';
}

/** A field shown only when the answer has it (a secret shown once, peeked data): none when undefined. */
export function optionalField(name: string, value: unknown): [string, unknown][] {
  return value === undefined ? [] : [[name, value]];
}

export function renderFields(fields: [string, unknown][]): string {
  const width = Math.max(...fields.map(([k]) => k.length));
  return fields.map(([k, v]) => `${k.padEnd(width)}  ${cell(v)}`).join('\n') + '\n';
}

export class Output {
  constructor(
    readonly streams: Streams,
    readonly json: boolean,
  ) {}

  /** The API's data, as JSON with --json, else as `human()` renders it. */
  print(data: unknown, human: () => string): void {
    this.streams.stdout(this.json ? JSON.stringify(data, null, 2) + '\n' : human());
  }

  /** One JSON value per line (--json) or a human line: for streams such as `events tail`. */
  printLine(data: unknown, human: string): void {
    this.streams.stdout(this.json ? JSON.stringify(data) + '\n' : human + '\n');
  }

  /** A note for people (stderr), never mixed into data on stdout. */
  note(text: string): void {
    if (!this.json) this.streams.stderr(text + '\n');
  }

  table<T>(rows: T[], columns: Column<T>[], empty: string): string {
    return rows.length ? renderTable(rows, columns) : empty + '\n';
  }

  spinner(text: string): Spinner {
    if (this.json || !this.streams.stderrIsTTY) return { update() {}, stop() {} };
    let frame = 0;
    let current = text;
    const draw = () => this.streams.stderr(`\r\x1b[2K${FRAMES[frame++ % FRAMES.length]} ${current}`);
    draw();
    const timer = setInterval(draw, 80);
    return {
      update: (t) => {
        current = t;
      },
      stop: (finalLine) => {
        clearInterval(timer);
        this.streams.stderr('\r\x1b[2K' + (finalLine ? finalLine + '\n' : ''));
      },
    };
  }
}
