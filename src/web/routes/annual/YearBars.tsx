import { Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type AnnualReport, type FigureRow, valueAt } from './annual-rows.ts';
import './annual.css';

const number = (n: number) => n.toLocaleString('en');

/**
 * A programme's figures, this year above the previous one, each pair scaled
 * to its larger value (participants in the hundreds and workshops in units
 * share a chart). The numbers are in the table beside it, so the drawing is
 * hidden from screen readers and the caption says what it shows.
 */
export function YearBars({ title, rows, report }: { title: string; rows: readonly FigureRow[]; report: AnnualReport }) {
  const { t } = useTranslation();
  const { current, previous } = report;
  return (
    <figure className="annual-chart">
      <figcaption>
        <Text size="sm" fw={600}>
          {title}
        </Text>
        <Group gap="md" aria-hidden>
          <Text size="xs" className="annual-legend annual-legend-current">
            {current.year}
          </Text>
          <Text size="xs" className="annual-legend annual-legend-previous">
            {previous.year}
          </Text>
        </Group>
      </figcaption>
      <div className="annual-bars" aria-hidden>
        {rows.map((row) => {
          const now = valueAt(current, row.path);
          const before = valueAt(previous, row.path);
          const scale = Math.max(now, before, 1);
          return (
            <div key={row.path}>
              <div className="annual-bar-label">{t(`annual.figures.${row.figure}`)}</div>
              {[
                [now, 'current'],
                [before, 'previous'],
              ].map(([value, which]) => (
                <div className="annual-bar-row" key={which}>
                  <span className="annual-bar-track">
                    {Number(value) > 0 && (
                      <span
                        className={`annual-bar annual-bar-${which}`}
                        style={{ width: `${(Number(value) / scale) * 100}%` }}
                      />
                    )}
                  </span>
                  <span className="annual-bar-value">{number(Number(value))}</span>
                </div>
              ))}
            </div>
          );
        })}
      </div>
    </figure>
  );
}
