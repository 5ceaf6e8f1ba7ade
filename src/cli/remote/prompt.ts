/**
 * Asking for a password at the terminal without showing it: readline reads the
 * line (so backspace and the other editing keys work) with the terminal in raw
 * mode, and everything it would echo goes to a stream that drops it. Only the
 * question and the final newline are written.
 */
import readline from 'node:readline';
import { Writable } from 'node:stream';

/** Ctrl-C, or Ctrl-D on an empty line, at the prompt: the command stops as if interrupted (exit code 130). */
export class PromptCancelled extends Error {
  constructor() {
    super('cancelled at the password prompt');
    this.name = 'PromptCancelled';
  }
}

export interface HiddenPrompt {
  /** The terminal to read from (stdin); raw mode is set while reading when it is a TTY. */
  input: NodeJS.ReadableStream;
  /** Where the question goes (stderr, so stdout keeps only the command's data). */
  output: NodeJS.WritableStream;
  question: string;
}

export function promptHidden({ input, output, question }: HiddenPrompt): Promise<string> {
  return new Promise((resolve, reject) => {
    const muted = new Writable({ write: (_chunk, _encoding, done) => done() });
    const rl = readline.createInterface({ input, output: muted, terminal: true });
    let answered = false;
    output.write(question);
    rl.once('line', (line) => {
      answered = true;
      rl.close();
      resolve(line);
    });
    // In raw mode Ctrl-C is a key, not a signal: readline reports it here.
    rl.once('SIGINT', () => rl.close());
    rl.once('close', () => {
      output.write('\n');
      if (!answered) reject(new PromptCancelled());
    });
  });
}
