import { Badge, Card, Group, Stack, Text, UnstyledButton } from '@mantine/core';
import { IconMapPin, IconUsers } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../format.ts';
import { currentLocale } from '../../i18n/index.ts';
import type { EventItem } from './event-types.ts';
import { formatCount, provinceName, useEventLabels } from './labels.ts';

type Props = { items: EventItem[]; onOpen: (id: string) => void };

/** Events as cards, one layout for phones and desks; a card opens the event. */
export function EventList({ items, onOpen }: Props) {
  return (
    <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }} aria-live="polite">
      {items.map((item) => (
        <li key={item.id}>
          <EventCard item={item} onOpen={onOpen} />
        </li>
      ))}
    </Stack>
  );
}

function EventCard({ item, onOpen }: { item: EventItem; onOpen: (id: string) => void }) {
  const { t } = useTranslation();
  const labels = useEventLabels();
  const locale = currentLocale();
  const where = [item.place, provinceName(item.provinceCode, locale)].filter(Boolean).join(', ');
  const parts = [
    item.participantsFemale !== null && t('events.list.female', { n: formatCount(item.participantsFemale) }),
    item.participantsChildren !== null && t('events.list.children', { n: formatCount(item.participantsChildren) }),
  ].filter(Boolean);
  return (
    <Card withBorder padding="sm" radius="md">
      <UnstyledButton onClick={() => onOpen(item.id)} style={{ display: 'block', width: '100%' }}>
        <Group justify="space-between" gap="xs" wrap="wrap" align="flex-start">
          <Stack gap={2} style={{ minWidth: 0, flex: '1 1 14rem' }}>
            <Group gap="xs" wrap="wrap">
              <Text fw={700} c="blue.9">
                {labels.type(item.type)}
              </Text>
              {item.ref && (
                <Badge variant="light" color="gray" tt="none" size="sm">
                  {item.ref}
                </Badge>
              )}
            </Group>
            <Text size="sm">
              <time dateTime={item.heldOn}>{formatDate(item.heldOn, locale)}</time>
            </Text>
            {where && (
              <Group gap={4} wrap="nowrap" align="flex-start">
                <IconMapPin size={14} aria-hidden style={{ flexShrink: 0, marginTop: 3 }} />
                <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                  {where}
                </Text>
              </Group>
            )}
          </Stack>
          <Stack gap={0} align="flex-end">
            <Group gap={4} wrap="nowrap">
              <IconUsers size={16} aria-hidden />
              <Text fw={700}>{t('events.list.participants', { n: formatCount(item.participants) })}</Text>
            </Group>
            {parts.length > 0 && (
              <Text size="sm" c="dimmed">
                {parts.join(' · ')}
              </Text>
            )}
          </Stack>
        </Group>
      </UnstyledButton>
    </Card>
  );
}
