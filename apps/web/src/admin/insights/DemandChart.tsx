import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js';
import { useEffect, useRef } from 'react';
import { chartCsv, downloadCsv, type CsvCell } from './chart-csv';
import { useInsightsAdminText } from './insights-admin-text';

// Chart.js, registered piece by piece: only this back-office chunk loads it.
Chart.register(
  BarController,
  BarElement,
  LineController,
  LineElement,
  PointElement,
  CategoryScale,
  LinearScale,
  Tooltip,
  Legend,
);

export interface Series {
  label: string;
  values: readonly number[];
}

interface DemandChartProps {
  title: string;
  type: 'bar' | 'line';
  labels: readonly string[];
  series: readonly Series[];
  /** File name of the CSV download (the same data, one row per label). */
  csvName: string;
  /** Horizontal bars (long labels: objects, places). */
  horizontal?: boolean;
}

const COLORS = ['#1d6b52', '#c2571a', '#3a5fa8', '#8a4f9e', '#7a7a2a'];

/** One chart with its title, its data as a visually hidden table for screen readers, and a CSV download. */
export function DemandChart({ title, type, labels, series, csvName, horizontal }: DemandChartProps) {
  const text = useInsightsAdminText();
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    if (!canvas.current) return;
    const chart = new Chart(canvas.current, {
      type,
      data: {
        labels: [...labels],
        datasets: series.map((s, i) => ({
          label: s.label,
          data: [...s.values],
          backgroundColor: COLORS[i % COLORS.length],
          borderColor: COLORS[i % COLORS.length],
        })),
      },
      options: {
        indexAxis: horizontal ? 'y' : 'x',
        animation: false,
        maintainAspectRatio: false,
        plugins: { legend: { display: series.length > 1 } },
      },
    });
    return () => chart.destroy();
  }, [type, labels, series, horizontal]);
  const rows: CsvCell[][] = labels.map((label, i) => [label, ...series.map((s) => s.values[i] ?? 0)]);
  const header = [text.csvLabel, ...series.map((s) => s.label)];
  const height = horizontal ? Math.max(160, labels.length * 22) : 240;
  return (
    <figure className="demand-chart">
      <figcaption>
        <h2>{title}</h2>
        <button type="button" className="button" onClick={() => downloadCsv(csvName, chartCsv(header, rows))}>
          {text.downloadCsv}
        </button>
      </figcaption>
      {labels.length === 0 ? (
        <p>{text.noData}</p>
      ) : (
        <div style={{ position: 'relative', height }}>
          <canvas ref={canvas} role="img" aria-label={text.chartOf(title)} />
        </div>
      )}
      <table className="visually-hidden">
        <caption>{title}</caption>
        <thead>
          <tr>
            {header.map((h) => (
              <th key={h} scope="col">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={String(row[0])}>
              {row.map((cell, i) => (
                <td key={i}>{cell}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
