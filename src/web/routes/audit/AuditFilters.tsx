import { Button, Group, Select, SimpleGrid, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { useUsers } from '../../hooks.ts';

export type AuditFilterValues = {
  actorId: string;
  action: string;
  recordType: string;
  recordId: string;
  from: string;
  to: string;
};

export const NO_FILTERS: AuditFilterValues = {
  actorId: '',
  action: '',
  recordType: '',
  recordId: '',
  from: '',
  to: '',
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type Props = {
  /** With `users:read` the person is picked by name; without, only an id can be typed. */
  canListUsers: boolean;
  onApply: (filters: AuditFilterValues) => void;
  serverErrors?: Record<string, string>;
};

export function AuditFilters({ canListUsers, onApply, serverErrors }: Props) {
  const { t } = useTranslation();
  const users = useUsers(canListUsers);
  const form = useForm<AuditFilterValues>({
    initialValues: NO_FILTERS,
    validate: {
      actorId: (v) => (!v || UUID.test(v.trim()) ? null : t('audit.personIdInvalid')),
      to: (v, values) => (v && values.from && v < values.from ? t('audit.toBeforeFrom') : null),
    },
  });
  const personProps = form.getInputProps('actorId');
  const errorOf = (field: keyof AuditFilterValues) => form.errors[field] ?? serverErrors?.[field];

  return (
    <form
      onSubmit={form.onSubmit((values) => onApply({ ...values, actorId: values.actorId.trim() }))}
      onReset={() => {
        form.reset();
        onApply(NO_FILTERS);
      }}
      aria-label={t('audit.filters')}
      noValidate
    >
      <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="sm">
        {canListUsers ? (
          <Select
            label={t('audit.person')}
            searchable
            clearable
            data={(users.data ?? []).map((u) => ({ value: u.id, label: `${u.name} (${u.email})` }))}
            {...personProps}
            value={form.values.actorId || null}
            onChange={(value) => form.setFieldValue('actorId', value ?? '')}
            error={errorOf('actorId')}
          />
        ) : (
          <TextInput label={t('audit.personId')} {...personProps} error={errorOf('actorId')} autoComplete="off" />
        )}
        <TextInput
          label={t('audit.action')}
          description={t('audit.actionHint')}
          {...form.getInputProps('action')}
          error={errorOf('action')}
        />
        <TextInput label={t('audit.recordType')} {...form.getInputProps('recordType')} error={errorOf('recordType')} />
        <TextInput label={t('audit.recordId')} {...form.getInputProps('recordId')} error={errorOf('recordId')} />
        <TextInput type="date" label={t('audit.from')} {...form.getInputProps('from')} error={errorOf('from')} />
        <TextInput type="date" label={t('audit.to')} {...form.getInputProps('to')} error={errorOf('to')} />
      </SimpleGrid>
      <Group mt="sm">
        <Button type="submit">{t('audit.apply')}</Button>
        <Button type="reset" variant="default">
          {t('audit.clear')}
        </Button>
      </Group>
    </form>
  );
}
