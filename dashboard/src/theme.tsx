/**
 * Light or dark: the system's choice (`prefers-color-scheme`) until the user
 * picks one with the toggle; the pick is kept in localStorage (it is a
 * preference of the browser, not of the session). The choice lands on
 * `<html data-theme>`, which switches the CSS variables in styles.css.
 */
import { useEffect, useState } from 'react';

export type Theme = 'light' | 'dark';

const KEY = 'tessera.dashboard.theme';

function stored(): Theme | null {
  try {
    const v = localStorage.getItem(KEY);
    return v === 'light' || v === 'dark' ? v : null;
  } catch {
    return null;
  }
}

const systemDark = () => window.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false;

/** The theme in force now: the stored pick, else the system's. */
export function currentTheme(): Theme {
  return stored() ?? (systemDark() ? 'dark' : 'light');
}

export function applyTheme(theme: Theme): void {
  document.documentElement.dataset.theme = theme;
  document.documentElement.style.colorScheme = theme;
}

export function useTheme(): [Theme, () => void] {
  const [theme, setTheme] = useState<Theme>(currentTheme);
  useEffect(() => applyTheme(theme), [theme]);
  // Without a stored pick, the page follows the system as it changes.
  useEffect(() => {
    const query = window.matchMedia?.('(prefers-color-scheme: dark)');
    if (!query) return;
    const onChange = () => stored() === null && setTheme(systemDark() ? 'dark' : 'light');
    query.addEventListener('change', onChange);
    return () => query.removeEventListener('change', onChange);
  }, []);
  const toggle = () => {
    const next: Theme = theme === 'dark' ? 'light' : 'dark';
    try {
      localStorage.setItem(KEY, next);
    } catch {
      // Private mode without storage: the choice lasts for this page only.
    }
    setTheme(next);
  };
  return [theme, toggle];
}

export function ThemeToggle() {
  const [theme, toggle] = useTheme();
  return (
    <button type="button" className="secondary small theme-toggle" onClick={toggle} aria-pressed={theme === 'dark'}>
      Dark mode
    </button>
  );
}
