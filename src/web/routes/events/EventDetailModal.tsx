import { Button, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../components/ApiErrorAlert.tsx';
import { AppModal } from '../../components/AppModal.tsx';
import { PageLoader } from '../../components/RootLayout.tsx';
import { formatDate, formatDateTime } from '../../format.ts';
import { currentLocale } from '../../i18n/index.ts';
import type { EventDetail } from './event-types.ts';
import { useEvent } from './events-api.ts';
import { formatCount, provinceName, useEventLabels } from './labels.ts';

type Props = { id: string; mayWrite: boolean; onClose: () => void; onEdit: (event: EventDetail) => void };

/** One event, as recorded; those who record events can correct it from here. */
export function EventDetailModal({ id, mayWrite, onClose, onEdit }: Props) {
  const { t } = useTranslation();
  const event = useEvent(id);
  return (
    <AppModal opened onClose={onClose} title={t('events.detail.title')} size="lg">
      <ApiErrorAlert error={event.error} />
      {event.isPending ? (
        <PageLoader />
      ) : event.data ? (
        <Stack gap="md">
          <EventFacts event={event.data} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.close')}
            </Button>
            {mayWrite && (
              <Button leftSection={<IconPencil size={16} aria-hidden />} onClick={() => onEdit(event.data)}>
                {t('events.detail.edit')}
              </Button>
            )}
          </Group>
        </Stack>
      ) : null}
    </AppModal>
  );
}

function Fact({ label, children, wide }: { label: string; children: ReactNode; wide?: boolean }) {
  return (
    <div style={wide ? { gridColumn: '1 / -1' } : undefined}>
      <Text component="dt" size="sm" c="dimmed">
        {label}
      </Text>
      <Text component="dd" m={0} style={{ overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' }}>
        {children}
      </Text>
    </div>
  );
}

function EventFacts({ event }: { event: EventDetail }) {
  const { t } = useTranslation();
  const labels = useEventLabels();
  const locale = currentLocale();
  const none = '—';
  const num = (n: number | null) => (n === null ? none : formatCount(n));
  return (
    <SimpleGrid component="dl" cols={{ base: 2, sm: 3 }} spacing="sm" m={0}>
      <Fact label={t('events.field.type')}>{labels.type(event.type)}</Fact>
      <Fact label={t('events.field.date')}>{formatDate(event.heldOn, locale)}</Fact>
      <Fact label={t('events.field.province')}>{provinceName(event.provinceCode, locale) ?? none}</Fact>
      <Fact label={t('events.field.place')}>{event.place ?? none}</Fact>
      <Fact label={t('events.field.programme')}>{labels.programme(event.programme)}</Fact>
      <Fact label={t('events.field.audiences')}>
        {event.audiences.length ? event.audiences.map(labels.audience).join(', ') : none}
      </Fact>
      <Fact label={t('events.field.participants')}>{num(event.participants)}</Fact>
      <Fact label={t('events.field.female')}>{num(event.participantsFemale)}</Fact>
      <Fact label={t('events.field.children')}>{num(event.participantsChildren)}</Fact>
      <Fact label={t('events.field.preTest')}>{event.preTestScore ?? none}</Fact>
      <Fact label={t('events.field.postTest')}>{event.postTestScore ?? none}</Fact>
      <Fact label={t('events.field.facilitators')}>
        {event.facilitators.length ? event.facilitators.map((f) => f.name).join(', ') : none}
      </Fact>
      <Fact label={t('events.field.notes')} wide>
        {event.notes ?? none}
      </Fact>
      <Fact label={t('events.detail.ref')}>{event.ref ?? none}</Fact>
      <Fact label={t('events.detail.updated')}>{formatDateTime(event.updatedAt, locale)}</Fact>
    </SimpleGrid>
  );
}
