import { Anchor, Button, Group, MultiSelect, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconPencil, IconUserPlus, IconX } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { COURT_STAGES, COURTS } from '../../../shared/court.ts';
import { ApiErrorAlert } from '../../components/ApiErrorAlert.tsx';
import { AppModal } from '../../components/AppModal.tsx';
import { useOfficeLabel } from '../../components/UserSummary.tsx';
import { fieldErrors } from '../../errors.ts';
import { formatDate } from '../../format.ts';
import { useMe } from '../../hooks.ts';
import { currentLocale } from '../../i18n/index.ts';
import { notify } from '../../notify.ts';
import { can } from '../../session.ts';
import { Buttons } from '../investigations/InvestigationModals.tsx';
import { type CourtCaseDetail, useCourtMutations, useCourtStaff } from './court-api.ts';
import { investigationNumber, useCourtLabels } from './labels.ts';

type Props = { courtCase: CourtCaseDetail };

export function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={0}>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text component="div">{children}</Text>
    </Stack>
  );
}

/** The case at a glance: court, numbers, stage, lawyer and team, and the clients represented. */
export function OverviewSection({ courtCase: c }: Props) {
  const { t } = useTranslation();
  const labels = useCourtLabels();
  const officeLabel = useOfficeLabel();
  const me = useMe();
  const locale = currentLocale();
  const [editing, setEditing] = useState(false);
  const investigation = investigationNumber(c.investigation.number);
  return (
    <Stack gap="lg">
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
        <Field label={t('court.field.court')}>{labels.court(c.courtCode)}</Field>
        <Field label={t('court.field.caseNumber')}>{c.caseNumber ?? '—'}</Field>
        <Field label={t('court.field.stage')}>{labels.stage(c.stage)}</Field>
        <Field label={t('court.field.office')}>{officeLabel(c.officeCode)}</Field>
        <Field label={t('court.field.openedOn')}>{formatDate(c.openedOn, locale)}</Field>
        <Field label={t('court.field.investigation')}>
          {can(me, 'investigations:read') ? (
            <Anchor
              renderRoot={(props) => <Link to="/investigations/$id" params={{ id: c.investigation.id }} {...props} />}
            >
              {investigation}
            </Anchor>
          ) : (
            investigation
          )}
        </Field>
        <Field label={t('court.field.lawyer')}>{c.lawyer?.name ?? '—'}</Field>
        <Field label={t('court.field.team')}>{c.team.map((m) => m.name).join(', ') || '—'}</Field>
      </SimpleGrid>
      {c.mayWrite && (
        <Button
          variant="default"
          w="fit-content"
          leftSection={<IconPencil size={16} aria-hidden />}
          onClick={() => setEditing(true)}
        >
          {t('common.edit')}
        </Button>
      )}
      <Clients courtCase={c} />
      {editing && <EditModal courtCase={c} onClose={() => setEditing(false)} />}
    </Stack>
  );
}

function Clients({ courtCase: c }: Props) {
  const { t } = useTranslation();
  const labels = useCourtLabels();
  const mutations = useCourtMutations(c.id);
  const [personId, setPersonId] = useState<string | null>(null);
  return (
    <Stack gap="sm">
      <Title order={2} size="h3">
        {t('court.clients.title')}
      </Title>
      {c.clients.length === 0 ? (
        <Text>{t('court.clients.none')}</Text>
      ) : (
        <Stack component="ul" gap={4} p={0} m={0} style={{ listStyle: 'none' }}>
          {c.clients.map((client) => (
            <Group component="li" key={client.personId} gap="xs">
              <Text>
                {client.displayName} ({labels.role(client.role)})
              </Text>
              {c.mayWrite && (
                <Button
                  size="compact-sm"
                  variant="subtle"
                  color="red"
                  leftSection={<IconX size={14} aria-hidden />}
                  onClick={() => mutations.removeClient.mutate({ personId: client.personId })}
                >
                  {t('court.clients.remove')}
                </Button>
              )}
            </Group>
          ))}
        </Stack>
      )}
      {c.mayWrite && c.candidates.clients.length > 0 && (
        <Group gap="xs" align="flex-end">
          <Select
            label={t('court.clients.add')}
            data={c.candidates.clients.map((p) => ({
              value: p.personId,
              label: `${p.displayName} (${labels.role(p.role)})`,
            }))}
            value={personId}
            onChange={setPersonId}
            w={{ base: '100%', xs: 300 }}
          />
          <Button
            leftSection={<IconUserPlus size={16} aria-hidden />}
            disabled={!personId}
            loading={mutations.addClient.isPending}
            onClick={() => personId && mutations.addClient.mutate({ personId }, { onSuccess: () => setPersonId(null) })}
          >
            {t('court.clients.addButton')}
          </Button>
        </Group>
      )}
      <ApiErrorAlert error={mutations.addClient.error ?? mutations.removeClient.error} />
    </Stack>
  );
}

function EditModal({ courtCase: c, onClose }: Props & { onClose: () => void }) {
  const { t } = useTranslation();
  const labels = useCourtLabels();
  const staff = useCourtStaff(true);
  const mutations = useCourtMutations(c.id);
  const form = useForm({
    initialValues: {
      courtCode: c.courtCode,
      caseNumber: c.caseNumber ?? '',
      stage: c.stage as string,
      lawyerId: c.lawyer?.id ?? '',
      memberIds: c.team.map((m) => m.id),
    },
  });
  const staffOptions = (staff.data ?? []).map((s) => ({ value: s.id, label: s.name }));
  const pending = mutations.edit.isPending || mutations.team.isPending;
  return (
    <AppModal opened onClose={onClose} title={t('court.edit.title')}>
      <form
        noValidate
        onSubmit={form.onSubmit(async (v) => {
          try {
            await mutations.edit.mutateAsync({
              courtCode: v.courtCode,
              caseNumber: v.caseNumber.trim() || null,
              stage: v.stage,
              lawyerId: v.lawyerId || null,
            });
            await mutations.team.mutateAsync({ memberIds: v.memberIds });
            notify(t('court.edit.done'));
            onClose();
          } catch (err) {
            form.setErrors(fieldErrors(err));
          }
        })}
      >
        <Stack gap="md">
          <ApiErrorAlert
            error={mutations.edit.error ?? mutations.team.error}
            shownFields={['courtCode', 'caseNumber', 'stage', 'lawyerId', 'memberIds']}
          />
          <Select
            label={t('court.field.court')}
            searchable
            allowDeselect={false}
            data={COURTS.map((court) => ({ value: court.code, label: labels.court(court.code) }))}
            {...form.getInputProps('courtCode')}
          />
          <TextInput label={t('court.field.caseNumber')} maxLength={100} {...form.getInputProps('caseNumber')} />
          <Select
            label={t('court.field.stage')}
            allowDeselect={false}
            data={COURT_STAGES.map((s) => ({ value: s, label: labels.stage(s) }))}
            {...form.getInputProps('stage')}
          />
          <Select label={t('court.field.lawyer')} searchable data={staffOptions} {...form.getInputProps('lawyerId')} />
          <MultiSelect
            label={t('court.field.team')}
            searchable
            data={staffOptions}
            {...form.getInputProps('memberIds')}
          />
          <Buttons onClose={onClose} loading={pending} submit={t('common.save')} />
        </Stack>
      </form>
    </AppModal>
  );
}
