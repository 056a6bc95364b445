import { ActionIcon, Badge, Button, Group, Menu, Paper, Stack, Text, Title } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconDots, IconPencil, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../components/ApiErrorAlert.tsx';
import { ConfirmModal } from '../../components/ConfirmModal.tsx';
import { RequirePermission } from '../../components/RequirePermission.tsx';
import { PageLoader } from '../../components/RootLayout.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { currentLocale } from '../../i18n/index.ts';
import { ItemModal } from './ItemModal.tsx';
import type { StandardsItem } from './indicator-types.ts';
import { useChangeItems, useItems, useTargets } from './indicators-api.ts';
import { moved } from './item-order.ts';
import { TargetsSection } from './TargetsSection.tsx';

export function StandardsAdminPage() {
  return (
    <RequirePermission permission="settings:manage">
      <Screen />
    </RequirePermission>
  );
}

function ItemRow({
  item,
  index,
  items,
  onEdit,
  onDelete,
}: {
  item: StandardsItem;
  index: number;
  items: StandardsItem[];
  onEdit: () => void;
  onDelete: () => void;
}) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const change = useChangeItems();
  const label = locale === 'km' ? item.labelKm : item.labelEn;
  const other = locale === 'km' ? item.labelEn : item.labelKm;
  return (
    <Paper component="li" withBorder p="sm" bg={item.active ? undefined : 'gray.0'}>
      {/* On a phone the buttons go under the wording, which keeps the full width. */}
      <Group justify="space-between" align="flex-start" gap="xs">
        <Stack gap={2} style={{ flex: '1 1 260px', minWidth: 0 }}>
          <Text fw={600} size="sm">
            {index + 1}. {label}
          </Text>
          <Text size="xs" c="dimmed" lang={locale === 'km' ? 'en' : 'km'}>
            {other}
          </Text>
          <Group gap="xs" mt={4}>
            {!item.active && (
              <Badge color="gray" variant="outline">
                {t('indicators.admin.items.inactive')}
              </Badge>
            )}
            <Text size="xs">
              {item.answers > 0
                ? t('indicators.admin.items.answers', { count: item.answers })
                : t('indicators.admin.items.notAnswered')}
            </Text>
          </Group>
        </Stack>
        <Group gap={4} wrap="nowrap">
          <ActionIcon
            variant="subtle"
            aria-label={t('indicators.admin.items.moveUp', { label })}
            disabled={index === 0 || change.isPending}
            onClick={() => change.mutate({ kind: 'order', ids: moved(items, index, -1) })}
          >
            <IconArrowUp size={18} aria-hidden />
          </ActionIcon>
          <ActionIcon
            variant="subtle"
            aria-label={t('indicators.admin.items.moveDown', { label })}
            disabled={index === items.length - 1 || change.isPending}
            onClick={() => change.mutate({ kind: 'order', ids: moved(items, index, 1) })}
          >
            <IconArrowDown size={18} aria-hidden />
          </ActionIcon>
          <ActionIcon variant="subtle" aria-label={t('indicators.admin.items.edit', { label })} onClick={onEdit}>
            <IconPencil size={18} aria-hidden />
          </ActionIcon>
          <Menu position="bottom-end" withinPortal>
            <Menu.Target>
              <ActionIcon variant="subtle" aria-label={t('indicators.admin.items.more', { label })}>
                <IconDots size={18} aria-hidden />
              </ActionIcon>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Item onClick={() => change.mutate({ kind: 'update', id: item.id, active: !item.active })}>
                {item.active ? t('indicators.admin.items.deactivate') : t('indicators.admin.items.activate')}
              </Menu.Item>
              {item.answers === 0 && (
                <Menu.Item color="red" onClick={onDelete}>
                  {t('indicators.admin.items.delete')}
                </Menu.Item>
              )}
            </Menu.Dropdown>
          </Menu>
        </Group>
      </Group>
      <ApiErrorAlert error={change.error} />
    </Paper>
  );
}

function ItemsSection({ items }: { items: StandardsItem[] }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<StandardsItem | 'new' | null>(null);
  const [deleting, setDeleting] = useState<StandardsItem | null>(null);
  const remove = useChangeItems();
  return (
    <Stack gap="sm" component="section" aria-labelledby="items-title">
      <Group justify="space-between" gap="sm">
        <Title order={2} size="h3" id="items-title">
          {t('indicators.admin.items.title')}
        </Title>
        <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setEditing('new')}>
          {t('indicators.admin.items.add')}
        </Button>
      </Group>
      <Text size="sm">{t('indicators.admin.items.intro')}</Text>
      <Stack gap="xs" component="ol" p={0} m={0} style={{ listStyle: 'none' }}>
        {items.map((item, index) => (
          <ItemRow
            key={item.id}
            item={item}
            index={index}
            items={items}
            onEdit={() => setEditing(item)}
            onDelete={() => setDeleting(item)}
          />
        ))}
      </Stack>
      {editing && <ItemModal item={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
      <ConfirmModal
        opened={deleting !== null}
        title={t('indicators.admin.items.deleteTitle')}
        confirmLabel={t('indicators.admin.items.delete')}
        danger
        pending={remove.isPending}
        error={remove.error}
        onClose={() => {
          setDeleting(null);
          remove.reset();
        }}
        onConfirm={() =>
          deleting && remove.mutate({ kind: 'delete', id: deleting.id }, { onSuccess: () => setDeleting(null) })
        }
      >
        {t('indicators.admin.items.deleteText')}
      </ConfirmModal>
    </Stack>
  );
}

/** Administrators keep the checklist items and each indicator's baseline and target. */
function Screen() {
  const { t } = useTranslation();
  usePageTitle(t('indicators.admin.title'));
  const items = useItems();
  const targets = useTargets();
  return (
    <Stack gap="lg" maw={900}>
      <Stack gap="xs">
        <Title order={1}>{t('indicators.admin.title')}</Title>
        <Text size="sm">{t('indicators.admin.intro')}</Text>
      </Stack>
      <ApiErrorAlert error={items.error ?? targets.error} />
      {(items.isPending || targets.isPending) && <PageLoader />}
      {items.data && <ItemsSection items={items.data} />}
      {targets.data && <TargetsSection targets={targets.data} />}
    </Stack>
  );
}
