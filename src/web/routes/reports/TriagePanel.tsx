import { Button, Select, Stack, Switch } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { permissionsOf } from '../../../shared/permissions.ts';
import { REPORT_STATUSES } from '../../../shared/reports.ts';
import type { Role } from '../../../shared/roles.ts';
import type { Me, ReportDetail } from '../../api-types.ts';
import { ApiErrorAlert } from '../../components/ApiErrorAlert.tsx';
import { Section } from '../../components/Section.tsx';
import { useOfficeLabel } from '../../components/UserSummary.tsx';
import { fieldErrors } from '../../errors.ts';
import { officeName } from '../../format.ts';
import { useOffices, useUsers } from '../../hooks.ts';
import { currentLocale } from '../../i18n/index.ts';
import { notify } from '../../notify.ts';
import { can } from '../../session.ts';
import { useReportLabels } from './labels.ts';
import type { TriageChanges, useReportMutations } from './reports-api.ts';

/** Mantine's Select cannot hold an empty value; "no office" and "nobody" are this choice. */
const NONE = 'none';
const FIELDS = ['status', 'officeCode', 'assigneeId', 'emergency'];

type Values = { status: string; officeCode: string; assigneeId: string; emergency: boolean };
type Props = { report: ReportDetail; me: Me; mutation: ReturnType<typeof useReportMutations>['triage'] };

/** Who may be given a report: active staff whose roles let them read the queue. */
function useAssigneeOptions(report: ReportDetail, me: Me) {
  const { t } = useTranslation();
  const officeLabel = useOfficeLabel();
  const canListUsers = can(me, 'users:read');
  const users = useUsers(canListUsers);
  const options = [{ value: NONE, label: t('reports.nobody') }];
  if (canListUsers) {
    for (const u of users.data ?? []) {
      if (!u.active || !permissionsOf(u.roles as Role[]).includes('reports:read')) continue;
      const label = u.id === me.user.id ? t('reports.me', { name: u.name }) : u.name;
      options.push({ value: u.id, label: `${label} · ${officeLabel(u.officeCode)}` });
    }
  } else {
    // Without the staff list, a triager can take a report or let it go, nothing else.
    options.push({ value: me.user.id, label: t('reports.me', { name: me.user.name }) });
  }
  if (report.assigneeId && !options.some((o) => o.value === report.assigneeId)) {
    options.push({ value: report.assigneeId, label: t('reports.someoneElse') });
  }
  return options;
}

export function TriagePanel({ report, me, mutation }: Props) {
  const { t } = useTranslation();
  const labels = useReportLabels();
  const locale = currentLocale();
  const offices = useOffices().data ?? [];
  const assignees = useAssigneeOptions(report, me);
  const form = useForm<Values>({
    initialValues: {
      status: report.status,
      officeCode: report.officeCode ?? NONE,
      assigneeId: report.assigneeId ?? NONE,
      emergency: report.emergency,
    },
  });
  const officeOptions = [
    { value: NONE, label: t('reports.noOffice') },
    ...offices
      .filter((o) => !o.closedOn || o.code === report.officeCode)
      .map((o) => ({ value: o.code, label: officeName(o, o.code, locale) })),
  ];

  const submit = (values: Values) => {
    // Only what changed, so the audit log records the real change.
    const changes: TriageChanges = {};
    const office = values.officeCode === NONE ? null : values.officeCode;
    const assignee = values.assigneeId === NONE ? null : values.assigneeId;
    if (values.status !== report.status) changes.status = values.status;
    if (office !== report.officeCode) changes.officeCode = office;
    if (assignee !== report.assigneeId) changes.assigneeId = assignee;
    if (values.emergency !== report.emergency) changes.emergency = values.emergency;
    if (Object.keys(changes).length === 0) {
      notify(t('reports.nothingChanged'));
      return;
    }
    mutation.mutate(changes, {
      onSuccess: () => notify(t('reports.triageSaved')),
      onError: (err) => form.setErrors(fieldErrors(err)),
    });
  };

  return (
    <Section id="report-triage" title={t('reports.triage')}>
      <form onSubmit={form.onSubmit(submit)} noValidate>
        <Stack gap="sm">
          <ApiErrorAlert error={mutation.error} shownFields={FIELDS} />
          <Select
            label={t('reports.statusLabel')}
            data={REPORT_STATUSES.filter((s) => s !== 'closed').map((s) => ({ value: s, label: labels.status(s) }))}
            allowDeselect={false}
            {...form.getInputProps('status')}
          />
          <Select
            label={t('reports.officeLabel')}
            data={officeOptions}
            allowDeselect={false}
            searchable
            {...form.getInputProps('officeCode')}
          />
          <Select
            label={t('reports.assignee')}
            data={assignees}
            allowDeselect={false}
            searchable
            {...form.getInputProps('assigneeId')}
          />
          <Switch
            label={t('reports.emergency')}
            description={t('reports.emergencyHint')}
            {...form.getInputProps('emergency', { type: 'checkbox' })}
          />
          <Button type="submit" loading={mutation.isPending} w="fit-content">
            {t('common.save')}
          </Button>
        </Stack>
      </form>
    </Section>
  );
}
