import { Badge, Button, Card, Checkbox, Group, Select, Stack, Switch, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconCalendarPlus, IconPencil } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CHILD_FRIENDLY_MEASURES, HEARING_TYPES } from '../../../shared/court.ts';
import { ApiErrorAlert } from '../../components/ApiErrorAlert.tsx';
import { AppModal } from '../../components/AppModal.tsx';
import { fieldErrors } from '../../errors.ts';
import { formatDate, todayIso } from '../../format.ts';
import { currentLocale } from '../../i18n/index.ts';
import { notify } from '../../notify.ts';
import { Buttons } from '../investigations/InvestigationModals.tsx';
import { type CourtCaseDetail, type Hearing, useCourtMutations } from './court-api.ts';
import { useCourtLabels } from './labels.ts';

type Props = { courtCase: CourtCaseDetail };

/** The case's hearings in date order, with whether the child testified and the measures used. */
export function HearingsSection({ courtCase: c }: Props) {
  const { t } = useTranslation();
  const labels = useCourtLabels();
  const locale = currentLocale();
  const [editing, setEditing] = useState<Hearing | 'new' | null>(null);
  const today = todayIso();
  return (
    <Stack gap="md">
      {c.mayWrite && (
        <Button
          w="fit-content"
          leftSection={<IconCalendarPlus size={16} aria-hidden />}
          onClick={() => setEditing('new')}
        >
          {t('court.hearings.add')}
        </Button>
      )}
      {c.hearings.length === 0 && <Text>{t('court.hearings.none')}</Text>}
      <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
        {c.hearings.map((h) => (
          <Card key={h.id} component="li" withBorder padding="sm">
            <Stack gap={6}>
              <Group justify="space-between" gap="xs">
                <Text fw={700}>
                  <time dateTime={h.date}>{formatDate(h.date, locale)}</time>
                  {h.time ? ` ${h.time}` : ''} · {labels.hearingType(h.type)}
                </Text>
                {h.date >= today && (
                  <Badge variant="light" color="orange" c="dark">
                    {t('court.hearings.upcoming')}
                  </Badge>
                )}
              </Group>
              <Text size="sm">
                {h.childTestified ? t('court.hearings.testified') : t('court.hearings.notTestified')}
              </Text>
              {h.childTestified && (
                <Group gap={6}>
                  {h.measures.length === 0 ? (
                    <Text size="sm" c="red.8">
                      {t('court.hearings.noMeasures')}
                    </Text>
                  ) : (
                    h.measures.map((m) => (
                      <Badge key={m} variant="light" color="teal" c="dark" tt="none">
                        {labels.measure(m)}
                      </Badge>
                    ))
                  )}
                </Group>
              )}
              {h.note && (
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                  {h.note}
                </Text>
              )}
              {c.mayWrite && (
                <Button
                  size="compact-sm"
                  variant="default"
                  w="fit-content"
                  leftSection={<IconPencil size={14} aria-hidden />}
                  onClick={() => setEditing(h)}
                >
                  {t('common.edit')}
                </Button>
              )}
            </Stack>
          </Card>
        ))}
      </Stack>
      {editing && (
        <HearingModal courtCase={c} hearing={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />
      )}
    </Stack>
  );
}

function HearingModal({ courtCase: c, hearing, onClose }: Props & { hearing: Hearing | null; onClose: () => void }) {
  const { t } = useTranslation();
  const labels = useCourtLabels();
  const mutations = useCourtMutations(c.id);
  const mutation = hearing ? mutations.editHearing : mutations.addHearing;
  const form = useForm({
    initialValues: {
      date: hearing?.date ?? todayIso(),
      time: hearing?.time ?? '',
      type: hearing?.type ?? 'trial',
      childTestified: hearing?.childTestified ?? false,
      measures: (hearing?.measures ?? []) as string[],
      note: hearing?.note ?? '',
    },
    validate: { date: (v) => (v ? null : t('validation.date')) },
  });
  return (
    <AppModal opened onClose={onClose} title={hearing ? t('court.hearings.editTitle') : t('court.hearings.addTitle')}>
      <form
        noValidate
        onSubmit={form.onSubmit((v) => {
          const body = {
            date: v.date,
            type: v.type,
            childTestified: v.childTestified,
            measures: v.childTestified ? v.measures : [],
            ...(hearing ? { time: v.time || null, note: v.note.trim() || null } : {}),
            ...(!hearing && v.time ? { time: v.time } : {}),
            ...(!hearing && v.note.trim() ? { note: v.note.trim() } : {}),
          };
          const options = {
            onSuccess: () => {
              notify(t('court.hearings.done'));
              onClose();
            },
            onError: (err: unknown) => form.setErrors(fieldErrors(err)),
          };
          if (hearing) mutations.editHearing.mutate({ hearingId: hearing.id, ...body }, options);
          else mutations.addHearing.mutate(body, options);
        })}
      >
        <Stack gap="md">
          <ApiErrorAlert error={mutation.error} shownFields={['date', 'time', 'type', 'measures', 'note']} />
          <Group grow gap="sm" align="flex-start">
            <TextInput type="date" label={t('court.hearings.date')} required {...form.getInputProps('date')} />
            <TextInput type="time" label={t('court.hearings.time')} {...form.getInputProps('time')} />
          </Group>
          <Select
            label={t('court.hearings.type')}
            allowDeselect={false}
            data={HEARING_TYPES.map((h) => ({ value: h, label: labels.hearingType(h) }))}
            {...form.getInputProps('type')}
          />
          <Switch
            label={t('court.hearings.childTestified')}
            {...form.getInputProps('childTestified', { type: 'checkbox' })}
          />
          {form.values.childTestified && (
            <Checkbox.Group label={t('court.hearings.measures')} {...form.getInputProps('measures')}>
              <Stack gap={6} mt={6}>
                {CHILD_FRIENDLY_MEASURES.map((m) => (
                  <Checkbox key={m} value={m} label={labels.measure(m)} />
                ))}
              </Stack>
            </Checkbox.Group>
          )}
          <Textarea
            label={t('court.hearings.note')}
            autosize
            minRows={2}
            maxLength={5000}
            {...form.getInputProps('note')}
          />
          <Buttons onClose={onClose} loading={mutation.isPending} submit={t('common.save')} />
        </Stack>
      </form>
    </AppModal>
  );
}
