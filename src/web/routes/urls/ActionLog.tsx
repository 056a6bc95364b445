import { Alert, Anchor, Button, Group, Loader, Select, Stack, Text, TextInput } from '@mantine/core';
import { type UseFormReturnType, useForm } from '@mantine/form';
import { IconInfoCircle } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { URL_ACTIONS } from '../../../shared/internet-hotline.ts';
import { ApiErrorAlert } from '../../components/ApiErrorAlert.tsx';
import { Section } from '../../components/Section.tsx';
import { countryName } from '../../countries.ts';
import { fieldErrors } from '../../errors.ts';
import { formatDate, todayIso } from '../../format.ts';
import { currentLocale } from '../../i18n/index.ts';
import { notify } from '../../notify.ts';
import { type ActionValues, actionInput, FORWARD } from './form-values.ts';
import { useUrlLabels } from './labels.ts';
import type { UrlActionEntry } from './url-types.ts';
import { useHotlinesAbroad, type useUrlMutations } from './urls-api.ts';
import { isIsoDate } from './urls-search.ts';

const FIELDS = ['action', 'on', 'recipient', 'partnerId'];

/** What was done about the URL, oldest first: when, what, to whom, and by whom. */
export function ActionList({ actions }: { actions: UrlActionEntry[] }) {
  const { t } = useTranslation();
  const labels = useUrlLabels();
  const locale = currentLocale();
  if (actions.length === 0) return <Text>{t('urls.actions.none')}</Text>;
  return (
    <Stack component="ol" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
      {actions.map((a, i) => (
        <Stack
          // biome-ignore lint/suspicious/noArrayIndexKey: the log is append-only and its entries have no id here
          key={i}
          component="li"
          gap={2}
          p="xs"
          bg="gray.0"
          style={{ borderInlineStart: '4px solid var(--mantine-color-gray-6)' }}
        >
          <Group gap={6} wrap="wrap">
            <Text fw={700} size="sm" span>
              {labels.action(a.action)}
            </Text>
            <Text size="sm" span>
              <time dateTime={a.on}>{formatDate(a.on, locale)}</time>
            </Text>
          </Group>
          {(a.partnerName ?? a.recipient) && (
            <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
              {t('urls.actions.to', { name: a.partnerName ?? a.recipient })}
            </Text>
          )}
          <Text size="xs" c="dimmed">
            {t('urls.actions.by', { name: a.byName })}
          </Text>
        </Stack>
      ))}
    </Stack>
  );
}

/** Where a forward may go: the active hotlines abroad of the partner directory, or a pointer to the directory. */
function HotlinePicker({ form }: { form: UseFormReturnType<ActionValues> }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const hotlines = useHotlinesAbroad();
  if (hotlines.isPending) return <Loader size="sm" aria-label={t('common.loading')} />;
  if (hotlines.error) return <ApiErrorAlert error={hotlines.error} />;
  if (hotlines.data.length === 0) {
    return (
      <Alert color="blue" variant="outline" c="dark" icon={<IconInfoCircle aria-hidden />}>
        {t('urls.actions.noHotlines')}{' '}
        <Anchor renderRoot={(props) => <Link to="/partners" {...props} />}>{t('urls.actions.openDirectory')}</Anchor>
      </Alert>
    );
  }
  return (
    <Select
      label={t('urls.actions.partner')}
      description={t('urls.actions.partnerHint')}
      data={hotlines.data.map((p) => ({
        value: p.id,
        label: p.country ? `${p.name} (${countryName(p.country, locale)})` : p.name,
      }))}
      searchable
      allowDeselect={false}
      required
      {...form.getInputProps('partnerId')}
      value={form.values.partnerId || null}
      onChange={(v) => form.setFieldValue('partnerId', v ?? '')}
    />
  );
}

type FormProps = { mutation: ReturnType<typeof useUrlMutations>['addAction'] };

/** Log one action. Forwarding names a hotline from the directory; the other actions name the recipient in words. */
export function ActionForm({ mutation }: FormProps) {
  const { t } = useTranslation();
  const labels = useUrlLabels();
  const form = useForm<ActionValues>({
    initialValues: { action: '', on: todayIso(), recipient: '', partnerId: '' },
    validate: {
      action: (v) => (v ? null : t('validation.required')),
      on: (v) => (isIsoDate(v) ? null : t('validation.date')),
      partnerId: (v, values) => (values.action === FORWARD && !v ? t('urls.actions.partnerRequired') : null),
    },
  });
  const action = form.values.action;
  // Forwarding needs a hotline from the directory: with none there, nothing can be logged yet.
  const hotlines = useHotlinesAbroad();
  const cannotForward = action === FORWARD && hotlines.data?.length === 0;

  return (
    <Section id="url-add-action" title={t('urls.actions.addTitle')}>
      <form
        onSubmit={form.onSubmit((values) =>
          mutation.mutate(actionInput(values), {
            onSuccess: () => {
              form.setValues({ action: '', recipient: '', partnerId: '' });
              form.resetDirty();
              notify(t('urls.actions.added'));
            },
            onError: (err) => form.setErrors(fieldErrors(err)),
          }),
        )}
        noValidate
      >
        <Stack gap="sm">
          <ApiErrorAlert error={mutation.error} shownFields={FIELDS} />
          <Select
            label={t('urls.actions.action')}
            placeholder={t('urls.actions.choose')}
            data={URL_ACTIONS.map((a) => ({ value: a, label: labels.action(a) }))}
            allowDeselect={false}
            required
            {...form.getInputProps('action')}
            value={action || null}
            onChange={(v) => form.setFieldValue('action', v ?? '')}
          />
          <TextInput type="date" label={t('urls.actions.on')} required {...form.getInputProps('on')} />
          {action === FORWARD && <HotlinePicker form={form} />}
          {action && action !== FORWARD && (
            <TextInput
              label={t(`urls.recipient.${action}`)}
              description={t(`urls.recipientHint.${action}`)}
              maxLength={200}
              autoComplete="off"
              {...form.getInputProps('recipient')}
            />
          )}
          <Button type="submit" loading={mutation.isPending} disabled={cannotForward} w="fit-content">
            {t('urls.actions.add')}
          </Button>
        </Stack>
      </form>
    </Section>
  );
}
