/**
 * A bar chart of counts per time bucket (Chart.js on a canvas), told three
 * ways so everyone gets the numbers: the totals written out under the title,
 * the canvas as an image whose accessible name states them, and every bucket
 * in a table behind "Show the numbers".
 */
import { BarElement, CategoryScale, Chart as ChartJS, Legend, LinearScale, Tooltip, type ChartOptions } from 'chart.js';
import { useEffect, useState } from 'react';
import { Bar } from 'react-chartjs-2';
import './BarChart.css';

// Chart.js is tree-shaken: a chart draws only with the parts registered, once for the page.
ChartJS.register(CategoryScale, LinearScale, BarElement, Tooltip, Legend);

export interface Series {
  /** Names the series in test ids (`total-requests-2xx`). */
  key: string;
  label: string;
  /** A CSS custom property of the theme (`--ok`), so the bars follow light and dark mode. */
  color: string;
  values: number[];
}

const css = (name: string) => getComputedStyle(document.documentElement).getPropertyValue(name).trim();

/** The theme's colours, read again whenever the theme changes (`<html data-theme>`). */
function useThemeColors(names: string[]): Record<string, string> {
  const read = () => Object.fromEntries(names.map((n) => [n, css(n)]));
  const [colors, setColors] = useState(read);
  const key = names.join(',');
  useEffect(() => {
    const observer = new MutationObserver(() => setColors(read()));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
    setColors(read());
    return () => observer.disconnect();
  }, [key]); // the names, not the array made anew on every render
  return colors;
}

const number = (n: number) => n.toLocaleString();

export function BarChart({
  id,
  title,
  period,
  labels,
  bucketTitles,
  series,
  stacked = false,
}: {
  id: string;
  title: string;
  /** "in the last 24 hours": ends the chart's accessible name. */
  period: string;
  /** One short label per bucket, under the bars. */
  labels: string[];
  /** One full label per bucket, in the table. */
  bucketTitles: string[];
  series: Series[];
  stacked?: boolean;
}) {
  const colors = useThemeColors([...series.map((s) => s.color), '--muted', '--line', '--text']);
  const totals = series.map((s) => ({ ...s, total: s.values.reduce((a, b) => a + b, 0) }));
  const summary = totals.map((s) => `${number(s.total)} ${s.label}`).join(', ');
  const options: ChartOptions<'bar'> = {
    responsive: true,
    maintainAspectRatio: false,
    // Drawn at once: nothing moves for people who asked for less motion, and screenshots show the bars.
    animation: false,
    scales: {
      x: { stacked, ticks: { color: colors['--muted'], maxRotation: 0, autoSkipPadding: 8 }, grid: { display: false }, border: { color: colors['--line'] } },
      y: { stacked, beginAtZero: true, ticks: { color: colors['--muted'], precision: 0 }, grid: { color: colors['--line'] }, border: { display: false } },
    },
    plugins: {
      legend: { position: 'bottom', labels: { color: colors['--text'], boxWidth: 12, boxHeight: 12 } },
      tooltip: { mode: 'index', intersect: false },
    },
  };
  const data = {
    labels,
    datasets: series.map((s) => ({ label: s.label, data: s.values, backgroundColor: colors[s.color], borderRadius: 2, maxBarThickness: 28 })),
  };

  return (
    <section className="card chart" aria-labelledby={`${id}-title`} data-testid={`chart-${id}`}>
      <h2 id={`${id}-title`}>{title}</h2>
      <p className="chart-totals">
        {totals.map((s) => (
          <span key={s.key} className="chart-total">
            <span className="swatch" style={{ background: `var(${s.color})` }} aria-hidden="true" />
            <strong data-testid={`total-${id}-${s.key}`}>{number(s.total)}</strong> {s.label}
          </span>
        ))}
      </p>
      <div className="chart-canvas">
        <Bar role="img" aria-label={`${title} ${period}: ${summary}.`} options={options} data={data} fallbackContent={<p>{summary}</p>} />
      </div>
      <details className="chart-numbers">
        <summary>Show the numbers</summary>
        <div className="table-wrap">
          <table>
            <caption className="sr-only">
              {title} {period}, per bucket
            </caption>
            <thead>
              <tr>
                <th scope="col">From</th>
                {series.map((s) => (
                  <th key={s.key} scope="col">
                    {s.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {bucketTitles.map((t, i) => (
                <tr key={t}>
                  <th scope="row">{t}</th>
                  {series.map((s) => (
                    <td key={s.key}>{number(s.values[i] ?? 0)}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </section>
  );
}
