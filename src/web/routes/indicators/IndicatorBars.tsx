import { Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatPercent } from './indicator-format.ts';
import './indicators.css';

type Props = {
  title: string;
  rows: { year: number; value: number | null }[];
  baseline: number | null;
  target: number | null;
};

/**
 * One indicator by year as horizontal bars (they fit a phone however many
 * years are shown), with the baseline and target as vertical lines. The
 * numbers are in the table beside it, so the drawing is hidden from screen
 * readers and the figure's caption says what it shows.
 */
export function IndicatorBars({ title, rows, baseline, target }: Props) {
  const { t } = useTranslation();
  return (
    <figure className="indicator-chart">
      <figcaption>
        <Text size="sm" fw={600}>
          {t('indicators.chart.caption', { title })}
        </Text>
        <Group gap="md" aria-hidden>
          {baseline !== null && (
            <Text size="xs" className="indicator-legend indicator-legend-baseline">
              {t('indicators.chart.baseline')} {formatPercent(baseline)}
            </Text>
          )}
          {target !== null && (
            <Text size="xs" className="indicator-legend indicator-legend-target">
              {t('indicators.chart.target')} {formatPercent(target)}
            </Text>
          )}
        </Group>
      </figcaption>
      <div className="indicator-bars" aria-hidden>
        {rows.map((r) => (
          <div className="indicator-bar-row" key={r.year}>
            <span className="indicator-bar-year">{r.year}</span>
            <span className="indicator-bar-track">
              {r.value !== null && <span className="indicator-bar" style={{ width: `${r.value}%` }} />}
              {baseline !== null && <span className="indicator-line-baseline" style={{ left: `${baseline}%` }} />}
              {target !== null && <span className="indicator-line-target" style={{ left: `${target}%` }} />}
            </span>
            <span className="indicator-bar-value">{formatPercent(r.value)}</span>
          </div>
        ))}
      </div>
    </figure>
  );
}
