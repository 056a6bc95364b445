import { Badge, Button, Group, Paper, Select, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconLock, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  LEGAL_SERVICES,
  RESTRICTED_NOTE_SERVICES,
  type ServiceCode,
  SOCIAL_SERVICES,
} from '../../../shared/support.ts';
import { ApiErrorAlert } from '../../components/ApiErrorAlert.tsx';
import { AppModal } from '../../components/AppModal.tsx';
import { EncryptedHint } from '../../components/EncryptedHint.tsx';
import { Section } from '../../components/Section.tsx';
import { fieldErrors } from '../../errors.ts';
import { formatDate, todayIso } from '../../format.ts';
import { currentLocale } from '../../i18n/index.ts';
import { notify } from '../../notify.ts';
import { useSupportLabels } from './labels.ts';
import type { SupportMutations } from './support-api.ts';
import type { SupportDetail, SupportService } from './support-types.ts';
import './support.css';

type Props = { supportCase: SupportDetail; mutation: SupportMutations['service'] };

/** Every service given to the client, newest first; medical and counselling notes only for those allowed. */
export function ServicesTab({ supportCase: c, mutation }: Props) {
  const { t } = useTranslation();
  const [adding, setAdding] = useState(false);
  const mayWork = c.actions.includes('work');
  return (
    <Section
      id="sup-services"
      title={t('support.section.services')}
      action={
        mayWork && (
          <Button size="xs" leftSection={<IconPlus size={14} aria-hidden />} onClick={() => setAdding(true)}>
            {t('support.service.button')}
          </Button>
        )
      }
    >
      {c.services.length === 0 ? (
        <Text size="sm">{t('support.service.none')}</Text>
      ) : (
        <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
          {c.services.map((s) => (
            <ServiceRow key={s.id} service={s} />
          ))}
        </Stack>
      )}
      {adding && (
        <ServiceModal
          onClose={() => {
            mutation.reset();
            setAdding(false);
          }}
          mutation={mutation}
        />
      )}
    </Section>
  );
}

function ServiceRow({ service: s }: { service: SupportService }) {
  const { t } = useTranslation();
  const labels = useSupportLabels();
  const locale = currentLocale();
  return (
    <Paper component="li" withBorder p="sm">
      <Group gap="xs" wrap="wrap">
        <Text size="sm" fw={700}>
          {labels.service(s.service)}
        </Text>
        <Badge
          size="sm"
          variant="light"
          color={s.department === 'legal' ? 'indigo' : 'teal'}
          c="dark"
          style={{ textTransform: 'none' }}
        >
          {t(`support.department.${s.department}`)}
        </Badge>
        {s.imported && (
          <Badge size="sm" variant="outline" color="gray" c="dark" style={{ textTransform: 'none' }}>
            {t('support.service.imported')}
          </Badge>
        )}
      </Group>
      <Text size="sm">{[formatDate(s.deliveredOn, locale), s.provider].filter(Boolean).join(' · ')}</Text>
      {s.notes && (
        <Text size="sm" mt={4} className="sup-prose" data-testid="service-note">
          {s.notes}
        </Text>
      )}
      {s.notesWithheld && (
        <Group gap={4} mt={4} c="dimmed" wrap="nowrap" align="flex-start">
          <IconLock size={14} aria-hidden style={{ flexShrink: 0, marginTop: 2 }} />
          <Text size="sm" c="dimmed">
            {t('support.service.withheld')}
          </Text>
        </Group>
      )}
    </Paper>
  );
}

function ServiceModal({ onClose, mutation }: { onClose: () => void; mutation: SupportMutations['service'] }) {
  const { t } = useTranslation();
  const labels = useSupportLabels();
  const form = useForm({
    initialValues: { service: '', deliveredOn: todayIso(), provider: '', notes: '' },
    validate: {
      service: (v) => (v ? null : t('validation.required')),
      deliveredOn: (v) => (!v ? t('validation.date') : v > todayIso() ? t('support.notInFuture') : null),
    },
  });
  const restricted = RESTRICTED_NOTE_SERVICES.includes(form.values.service as ServiceCode);
  const submit = (v: typeof form.values) =>
    mutation.mutate(
      {
        service: v.service as ServiceCode,
        deliveredOn: v.deliveredOn,
        provider: v.provider.trim() || undefined,
        notes: v.notes.trim() || undefined,
      },
      {
        onSuccess: () => {
          notify(t('support.service.done'));
          onClose();
        },
        onError: (err) => form.setErrors(fieldErrors(err)),
      },
    );
  return (
    <AppModal opened onClose={onClose} title={t('support.service.title')} size="lg">
      <form onSubmit={form.onSubmit(submit)} noValidate>
        <Stack gap="md">
          <ApiErrorAlert error={mutation.error} shownFields={Object.keys(form.values)} />
          <Select
            label={t('support.field.service')}
            required
            data={[
              {
                group: t('support.department.legal'),
                items: LEGAL_SERVICES.map((s) => ({ value: s, label: labels.service(s) })),
              },
              {
                group: t('support.department.social'),
                items: SOCIAL_SERVICES.map((s) => ({ value: s, label: labels.service(s) })),
              },
            ]}
            allowDeselect={false}
            comboboxProps={{ withinPortal: true }}
            {...form.getInputProps('service')}
          />
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md">
            <TextInput
              type="date"
              label={t('support.field.deliveredOn')}
              required
              max={todayIso()}
              {...form.getInputProps('deliveredOn')}
            />
            <TextInput label={t('support.field.provider')} maxLength={200} {...form.getInputProps('provider')} />
          </SimpleGrid>
          <Textarea
            label={t('support.field.serviceNotes')}
            description={
              <Stack gap={2} component="span">
                <EncryptedHint text={t('support.encrypted')} />
                {restricted && <span>{t('support.service.restrictedHint')}</span>}
              </Stack>
            }
            autosize
            minRows={3}
            maxLength={20_000}
            {...form.getInputProps('notes')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={mutation.isPending}>
              {t('support.service.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
