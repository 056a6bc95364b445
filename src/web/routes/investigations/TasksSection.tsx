import { Button, Checkbox, Group, Paper, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconAlertTriangle, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../components/ApiErrorAlert.tsx';
import { EncryptedHint } from '../../components/EncryptedHint.tsx';
import { Section } from '../../components/Section.tsx';
import { fieldErrors } from '../../errors.ts';
import { formatDate, todayIso } from '../../format.ts';
import { currentLocale } from '../../i18n/index.ts';
import { notify } from '../../notify.ts';
import { useAssigneeOptions } from './AssigneeSelects.tsx';
import { isOverdue, mayDo, NONE, sortTasks, type TaskValues, taskInput } from './helpers.ts';
import type { InvestigationDetail, InvestigationTask } from './investigation-types.ts';
import { type InvestigationMutations, useAssignees } from './investigations-api.ts';

type Props = {
  investigation: InvestigationDetail;
  add: InvestigationMutations['task'];
  done: InvestigationMutations['taskDone'];
};

/** What is to be done, by whom and by when; open tasks first, the overdue ones marked in words and colour. */
export function TasksSection({ investigation: inv, add, done }: Props) {
  const { t } = useTranslation();
  const today = todayIso();
  const mayChange = mayDo(inv, 'task');
  const busy = done.isPending ? done.variables?.taskId : undefined;
  return (
    <Section id="inv-tasks" title={t('investigations.tasks.title')}>
      <ApiErrorAlert error={done.error} />
      {inv.tasks.length === 0 ? (
        <Text size="sm">{t('investigations.tasks.none')}</Text>
      ) : (
        <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
          {sortTasks(inv.tasks).map((task) => (
            <TaskRow
              key={task.id}
              task={task}
              overdue={isOverdue(task, today)}
              disabled={!mayChange || busy === task.id}
              onToggle={(checked) =>
                done.mutate(
                  { taskId: task.id, done: checked },
                  {
                    onSuccess: () =>
                      notify(checked ? t('investigations.tasks.doneNotice') : t('investigations.tasks.reopened')),
                  },
                )
              }
            />
          ))}
        </Stack>
      )}
      {mayChange && <TaskForm investigation={inv} mutation={add} />}
    </Section>
  );
}

function TaskRow({
  task,
  overdue,
  disabled,
  onToggle,
}: {
  task: InvestigationTask;
  overdue: boolean;
  disabled: boolean;
  onToggle: (done: boolean) => void;
}) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const facts = [
    task.owner ? t('investigations.tasks.ownerIs', { name: task.owner.name }) : t('investigations.tasks.noOwner'),
    task.dueOn ? t('investigations.tasks.dueOn', { date: formatDate(task.dueOn, locale) }) : null,
    task.doneAt ? t('investigations.tasks.doneOn', { date: formatDate(task.doneAt, locale) }) : null,
  ].filter(Boolean);
  return (
    <Paper
      component="li"
      withBorder
      p="sm"
      bg={overdue ? 'red.0' : task.doneAt ? 'gray.0' : undefined}
      className={overdue ? 'inv-overdue' : undefined}
    >
      <Checkbox
        checked={!!task.doneAt}
        disabled={disabled}
        onChange={(event) => onToggle(event.currentTarget.checked)}
        label={
          <Text span inherit td={task.doneAt ? 'line-through' : undefined} style={{ overflowWrap: 'anywhere' }}>
            {task.title}
          </Text>
        }
        description={
          <>
            {overdue && (
              <Group gap={4} component="span" wrap="nowrap" c="red.9" fw={700}>
                <IconAlertTriangle size={14} aria-hidden style={{ flexShrink: 0 }} />
                <span>{t('investigations.tasks.overdue')}</span>
              </Group>
            )}
            <span>{facts.join(' · ')}</span>
          </>
        }
      />
    </Paper>
  );
}

const TASK_FIELDS = ['title', 'ownerId', 'dueOn'];

function TaskForm({
  investigation: inv,
  mutation,
}: {
  investigation: InvestigationDetail;
  mutation: InvestigationMutations['task'];
}) {
  const { t } = useTranslation();
  const assignees = useAssignees().data ?? [];
  const owners = useAssigneeOptions(assignees, inv.officeCode ?? '');
  const form = useForm<TaskValues>({
    initialValues: { title: '', ownerId: NONE, dueOn: '' },
    validate: { title: (v) => (v.trim() ? null : t('validation.required')) },
  });
  return (
    <form
      noValidate
      onSubmit={form.onSubmit((values) =>
        mutation.mutate(taskInput(values), {
          onSuccess: () => {
            notify(t('investigations.tasks.added'));
            form.reset();
          },
          onError: (err) => form.setErrors(fieldErrors(err)),
        }),
      )}
    >
      <Stack gap="xs" mt="md">
        <Text fw={700} size="sm" component="h3" m={0}>
          {t('investigations.tasks.new')}
        </Text>
        <ApiErrorAlert error={mutation.error} shownFields={TASK_FIELDS} />
        <TextInput
          label={t('investigations.tasks.titleLabel')}
          description={<EncryptedHint text={t('investigations.encrypted')} />}
          maxLength={500}
          autoComplete="off"
          required
          withAsterisk={false}
          {...form.getInputProps('title')}
        />
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="xs">
          <Select
            label={t('investigations.tasks.owner')}
            data={[{ value: NONE, label: t('investigations.nobody') }, ...owners]}
            allowDeselect={false}
            searchable
            comboboxProps={{ withinPortal: true }}
            {...form.getInputProps('ownerId')}
          />
          <TextInput type="date" label={t('investigations.tasks.due')} {...form.getInputProps('dueOn')} />
        </SimpleGrid>
        <Button
          type="submit"
          variant="light"
          w="fit-content"
          loading={mutation.isPending}
          leftSection={<IconPlus size={16} aria-hidden />}
        >
          {t('investigations.tasks.add')}
        </Button>
      </Stack>
    </form>
  );
}
