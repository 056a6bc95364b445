import { Button, Group, Paper, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconAlertTriangle, IconCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../components/ApiErrorAlert.tsx';
import { AppModal } from '../../components/AppModal.tsx';
import { EncryptedHint } from '../../components/EncryptedHint.tsx';
import { Section } from '../../components/Section.tsx';
import { fieldErrors } from '../../errors.ts';
import { formatDate, todayIso } from '../../format.ts';
import { currentLocale } from '../../i18n/index.ts';
import { notify } from '../../notify.ts';
import { NONE, StaffSelect } from './StaffSelect.tsx';
import type { SupportMutations } from './support-api.ts';
import type { SupportDetail, SupportFollowUp } from './support-types.ts';
import './support.css';

type Props = {
  supportCase: SupportDetail;
  add: SupportMutations['followUp'];
  done: SupportMutations['followUpDone'];
};

/** What is to be checked, by whom and by when: open ones first (by date), the overdue marked in words and colour. */
export function FollowUpsTab({ supportCase: c, add, done }: Props) {
  const { t } = useTranslation();
  const mayWork = c.actions.includes('work');
  const [closing, setClosing] = useState<SupportFollowUp | null>(null);
  const ordered = [...c.followUps].sort((a, b) => Number(!!a.doneOn) - Number(!!b.doneOn));
  return (
    <Section id="sup-follow-ups" title={t('support.section.followUps')}>
      {ordered.length === 0 ? (
        <Text size="sm">{t('support.followUp.none')}</Text>
      ) : (
        <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
          {ordered.map((f) => (
            <FollowUpRow key={f.id} followUp={f} onDone={mayWork && !f.doneOn ? () => setClosing(f) : undefined} />
          ))}
        </Stack>
      )}
      {mayWork && <FollowUpForm supportCase={c} mutation={add} />}
      {closing && (
        <DoneModal
          followUp={closing}
          mutation={done}
          onClose={() => {
            done.reset();
            setClosing(null);
          }}
        />
      )}
    </Section>
  );
}

function FollowUpRow({ followUp: f, onDone }: { followUp: SupportFollowUp; onDone?: () => void }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const facts = [
    t('support.followUp.due', { date: formatDate(f.dueOn, locale) }),
    f.assignee ? t('support.followUp.assignee', { name: f.assignee.name }) : null,
    f.doneOn ? t('support.followUp.doneOn', { date: formatDate(f.doneOn, locale) }) : null,
  ].filter(Boolean);
  return (
    <Paper component="li" withBorder p="sm" bg={f.overdue ? 'red.0' : f.doneOn ? 'gray.0' : undefined}>
      <Group justify="space-between" gap="xs" wrap="wrap" align="flex-start">
        <Stack gap={2} style={{ flex: '1 1 12rem', minWidth: 0 }}>
          <Text size="sm" fw={700} td={f.doneOn ? 'line-through' : undefined} className="sup-prose">
            {f.title}
          </Text>
          {f.overdue && (
            <Group gap={4} wrap="nowrap" c="red.9" fw={700}>
              <IconAlertTriangle size={14} aria-hidden style={{ flexShrink: 0 }} />
              <Text span size="sm" fw={700}>
                {t('support.followUp.overdue')}
              </Text>
            </Group>
          )}
          <Text size="sm">{facts.join(' · ')}</Text>
          {f.outcome && (
            <Text size="sm" c="dimmed" className="sup-prose">
              {f.outcome}
            </Text>
          )}
        </Stack>
        {onDone && (
          <Button size="xs" variant="default" leftSection={<IconCheck size={14} aria-hidden />} onClick={onDone}>
            {t('support.followUp.markDone')}
          </Button>
        )}
      </Group>
    </Paper>
  );
}

function FollowUpForm({ supportCase: c, mutation }: { supportCase: SupportDetail; mutation: Props['add'] }) {
  const { t } = useTranslation();
  const form = useForm({
    initialValues: { title: '', dueOn: '', assigneeId: NONE },
    validate: {
      title: (v) => (v.trim() ? null : t('validation.required')),
      dueOn: (v) => (v ? null : t('validation.date')),
    },
  });
  const submit = (v: typeof form.values) =>
    mutation.mutate(
      { title: v.title, dueOn: v.dueOn, assigneeId: v.assigneeId === NONE ? undefined : v.assigneeId },
      {
        onSuccess: () => {
          notify(t('support.followUp.added'));
          form.reset();
        },
        onError: (err) => form.setErrors(fieldErrors(err)),
      },
    );
  return (
    <form onSubmit={form.onSubmit(submit)} noValidate aria-label={t('support.followUp.formLabel')}>
      <Stack gap="xs" mt="md">
        <ApiErrorAlert error={mutation.error} shownFields={Object.keys(form.values)} />
        <TextInput
          label={t('support.followUp.title')}
          description={<EncryptedHint text={t('support.encrypted')} />}
          required
          maxLength={500}
          {...form.getInputProps('title')}
        />
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          <TextInput type="date" label={t('support.followUp.dueOn')} required {...form.getInputProps('dueOn')} />
          <StaffSelect
            label={t('support.followUp.who')}
            staffRole="any"
            officeCode={c.officeCode}
            {...form.getInputProps('assigneeId')}
          />
        </SimpleGrid>
        <Group justify="flex-end">
          <Button type="submit" variant="default" loading={mutation.isPending}>
            {t('support.followUp.add')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function DoneModal({
  followUp,
  mutation,
  onClose,
}: {
  followUp: SupportFollowUp;
  mutation: Props['done'];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const form = useForm({
    initialValues: { doneOn: todayIso(), outcome: '' },
    validate: { doneOn: (v) => (!v ? t('validation.date') : v > todayIso() ? t('support.notInFuture') : null) },
  });
  const submit = (v: typeof form.values) =>
    mutation.mutate(
      { followUpId: followUp.id, doneOn: v.doneOn, outcome: v.outcome.trim() || undefined },
      { onSuccess: onClose, onError: (err) => form.setErrors(fieldErrors(err)) },
    );
  return (
    <AppModal opened onClose={onClose} title={t('support.followUp.doneTitle')}>
      <form onSubmit={form.onSubmit(submit)} noValidate>
        <Stack gap="md">
          <Text size="sm" fw={700} className="sup-prose">
            {followUp.title}
          </Text>
          <ApiErrorAlert error={mutation.error} shownFields={['doneOn', 'outcome']} />
          <TextInput
            type="date"
            label={t('support.followUp.doneDate')}
            required
            max={todayIso()}
            {...form.getInputProps('doneOn')}
          />
          <Textarea
            label={t('support.followUp.outcome')}
            description={<EncryptedHint text={t('support.encrypted')} />}
            autosize
            minRows={2}
            maxLength={5_000}
            {...form.getInputProps('outcome')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={mutation.isPending}>
              {t('support.followUp.markDone')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
