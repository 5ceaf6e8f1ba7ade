/**
 * Copying ids and secrets: a button that puts a value on the clipboard, and an
 * id shown with its button. Ids are what people paste into tickets, the CLI
 * and the other side of a connection, so every id and secret gets one.
 */
import { useEffect, useState } from 'react';
import { Link } from '../router';
import './Copy.css';

/**
 * Puts `value` on the clipboard. The Clipboard API needs a secure context and
 * the page's focus; where it is missing or refuses, a selected text area and
 * `execCommand('copy')` still work in every browser the dashboard supports.
 */
export async function copyText(value: string): Promise<boolean> {
  try {
    if (navigator.clipboard && window.isSecureContext) {
      await navigator.clipboard.writeText(value);
      return true;
    }
  } catch {
    // Refused (no focus, no permission): try the old way below.
  }
  const area = document.createElement('textarea');
  area.value = value;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.appendChild(area);
  area.select();
  try {
    return document.execCommand('copy');
  } catch {
    return false;
  } finally {
    area.remove();
  }
}

/**
 * A button that copies `value`. Its accessible name says what it copies
 * ("Copy share token id cnst_…"), so a list of them stays tellable apart; the
 * result is announced.
 *
 * @example
 * <CopyButton value={secret} what="signing secret" />
 */
export function CopyButton({
  value,
  what = 'value',
  label = 'Copy',
  className = 'secondary small copy',
  icon = false,
}: {
  value: string;
  what?: string;
  label?: string;
  className?: string;
  /** Two small squares instead of the word (ids in tables, where width is short); the name is unchanged. */
  icon?: boolean;
}) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  useEffect(() => {
    if (state === 'idle') return;
    const timer = setTimeout(() => setState('idle'), 2000);
    return () => clearTimeout(timer);
  }, [state]);
  const copy = async () => setState((await copyText(value)) ? 'copied' : 'failed');
  const shown = state === 'copied' ? 'Copied' : state === 'failed' ? 'Copy failed' : label;
  return (
    <>
      {/* The visible word starts the accessible name (WCAG 2.5.3, label in name). */}
      <button
        type="button"
        className={icon && state === 'idle' ? `${className} copy-icon` : className}
        onClick={copy}
        aria-label={`${shown} ${what} ${value}`}
        title={`${label} ${what}`}
        data-copy={value}
      >
        {icon && state === 'idle' ? null : shown}
      </button>
      <span className="sr-only" role="status">
        {state === 'copied' ? `Copied ${what}` : state === 'failed' ? `Could not copy ${what}` : ''}
      </span>
    </>
  );
}

/**
 * An id in code type with its copy button; `what` names the kind of id for
 * screen readers ("share token id"). With `to`, the id links to its page (the
 * button stays outside the link: a button inside a link is not operable).
 */
export function CopyId({ value, what = 'id', to }: { value: string; what?: string; to?: string }) {
  const code = <code className="id">{value}</code>;
  return (
    <span className="copy-id">
      {to ? <Link to={to}>{code}</Link> : code}
      <CopyButton value={value} what={what} icon />
    </span>
  );
}
