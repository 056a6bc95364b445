import { Table, Text, VisuallyHidden } from '@mantine/core';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { MonthlySeries } from './dashboard-api.ts';

/**
 * "2026-03" as the month's name in the page's language. dayjs carries the Khmer
 * month names: browsers with reduced ICU data have none in Intl (see format.ts).
 */
function monthName(month: string, locale: string, style: 'short' | 'long') {
  return dayjs(`${month}-01`)
    .locale(locale === 'km' ? 'km' : 'en-gb')
    .format(style === 'long' ? 'MMMM YYYY' : 'MMM');
}

/**
 * Twelve months as small CSS bars. The drawing is hidden from screen readers;
 * a visually hidden table beside it gives every month and number.
 */
export function MonthlyTrend({ title, series }: { title: string; series: MonthlySeries }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language === 'en' ? 'en' : 'km';
  const max = Math.max(1, ...series.map((s) => s.n));
  const total = series.reduce((sum, s) => sum + s.n, 0);
  return (
    <figure className="dashboard-trend">
      <figcaption>
        <Text size="sm" fw={600} component="span">
          {title}
        </Text>{' '}
        <Text size="xs" c="dimmed" component="span">
          {t('dashboard.trendTotal', { n: total })}
        </Text>
      </figcaption>
      <div className="dashboard-trend-bars" aria-hidden>
        {series.map((s) => (
          <span key={s.month} className="dashboard-trend-col" title={`${monthName(s.month, locale, 'long')}: ${s.n}`}>
            <span className="dashboard-trend-bar" style={{ height: `${(s.n / max) * 100}%` }} />
          </span>
        ))}
      </div>
      <div className="dashboard-trend-axis" aria-hidden>
        <Text size="xs" c="dimmed" component="span">
          {monthName(series[0]?.month ?? '2000-01', locale, 'short')}
        </Text>
        <Text size="xs" c="dimmed" component="span">
          {monthName(series.at(-1)?.month ?? '2000-01', locale, 'short')}
        </Text>
      </div>
      <VisuallyHidden>
        <Table>
          <caption>{title}</caption>
          <thead>
            <tr>
              <th scope="col">{t('dashboard.month')}</th>
              <th scope="col">{t('dashboard.count')}</th>
            </tr>
          </thead>
          <tbody>
            {series.map((s) => (
              <tr key={s.month}>
                <th scope="row">{monthName(s.month, locale, 'long')}</th>
                <td>{s.n}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      </VisuallyHidden>
    </figure>
  );
}
