import { useTranslation } from 'react-i18next';
import type { ReportDetail } from '../../api-types.ts';
import { Facts, Section } from '../../components/Section.tsx';
import { useOfficeLabel } from '../../components/UserSummary.tsx';
import { formatDateTime } from '../../format.ts';
import { currentLocale } from '../../i18n/index.ts';
import { useReportLabels } from './labels.ts';

type Props = { report: ReportDetail; assigneeName: (id: string) => string };

/** Who handles the report, read-only: for readers who may not triage (investigators). */
export function Handling({ report, assigneeName }: Props) {
  const { t } = useTranslation();
  const labels = useReportLabels();
  const officeLabel = useOfficeLabel();
  const locale = currentLocale();
  return (
    <Section id="report-handling" title={t('reports.handling')}>
      <Facts
        rows={[
          [t('reports.statusLabel'), labels.status(report.status)],
          [t('reports.officeLabel'), report.officeCode ? officeLabel(report.officeCode) : t('reports.noOffice')],
          [t('reports.assignee'), report.assigneeId ? assigneeName(report.assigneeId) : t('reports.nobody')],
          [t('reports.acknowledged'), report.acknowledgedAt ? formatDateTime(report.acknowledgedAt, locale) : null],
        ]}
      />
    </Section>
  );
}
