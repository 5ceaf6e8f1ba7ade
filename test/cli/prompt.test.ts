/**
 * The password prompt of `tessera login` (issue 13, deliverable 8) on node
 * streams standing in for the terminal: what is typed is read, never written.
 */
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { promptHidden, PromptCancelled } from '../../src/cli/remote/prompt.js';

function terminal() {
  const input = new PassThrough();
  const output = new PassThrough();
  let written = '';
  output.setEncoding('utf8').on('data', (s: string) => (written += s));
  return { input, output, written: () => written };
}

describe('promptHidden', () => {
  it('asks, reads the line and echoes none of it', async () => {
    const t = terminal();
    const answer = promptHidden({ input: t.input, output: t.output, question: 'Password for admin@demo-source.test (demo-source): ' });
    t.input.write('s3cret-pass');
    t.input.write('word\r');
    expect(await answer).toBe('s3cret-password');
    await new Promise((r) => setImmediate(r));
    expect(t.written()).toBe('Password for admin@demo-source.test (demo-source): \n');
  });

  it('lets the typist correct a mistake with backspace, still without echo', async () => {
    const t = terminal();
    const answer = promptHidden({ input: t.input, output: t.output, question: 'Password: ' });
    t.input.write('pasz\x7fs\n');
    expect(await answer).toBe('pass');
    await new Promise((r) => setImmediate(r));
    expect(t.written()).toBe('Password: \n');
  });

  it('is cancelled by Ctrl-C, or Ctrl-D on an empty line', async () => {
    for (const keys of ['half\x03', '\x04']) {
      const t = terminal();
      const answer = promptHidden({ input: t.input, output: t.output, question: 'Password: ' });
      t.input.write(keys);
      await expect(answer).rejects.toBeInstanceOf(PromptCancelled);
      expect(t.written()).not.toContain('half');
    }
  });
});
