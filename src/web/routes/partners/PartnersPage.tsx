import { Anchor, Button, Group, List, Paper, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PARTNER_KINDS, type PartnerKind } from '../../../shared/partners.ts';
import { ApiErrorAlert } from '../../components/ApiErrorAlert.tsx';
import { RequirePermission } from '../../components/RequirePermission.tsx';
import { PageLoader } from '../../components/RootLayout.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { useMe } from '../../hooks.ts';
import { notify } from '../../notify.ts';
import { can } from '../../session.ts';
import { useKindLabel } from './labels.ts';
import { PartnerList } from './PartnerList.tsx';
import { DeactivateOrReactivateModal, PartnerFormModal } from './PartnerModals.tsx';
import { type ActiveFilter, type Partner, usePartners } from './partners-api.ts';

export function PartnersPage() {
  return (
    <RequirePermission permission="partners:read">
      <PartnersScreen />
    </RequirePermission>
  );
}

// Mantine's clear button has no accessible name; an explicit "all" choice is clearer anyway.
const ALL = 'all';
// Two filters a row on a phone, so the list starts higher up the screen.
const HALF = 'calc(50% - var(--mantine-spacing-sm) / 2)';

type Dialog = { kind: 'new' } | { kind: 'edit' | 'active'; partner: Partner };

function PartnersScreen() {
  const { t } = useTranslation();
  usePageTitle(t('partners.title'));
  const kindLabel = useKindLabel();
  const me = useMe();
  const canManage = can(me, 'partners:manage');
  const [kind, setKind] = useState<PartnerKind | undefined>();
  const [active, setActive] = useState<ActiveFilter>('true');
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 300);
  const partners = usePartners({ kind, active, q: q || undefined });
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const filtered = kind !== undefined || active !== 'true' || q !== '';
  const clearFilters = () => {
    setKind(undefined);
    setActive('true');
    setSearch('');
  };
  const done = (message: string) => {
    notify(message);
    setDialog(null);
  };
  const addButton = canManage && (
    <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={() => setDialog({ kind: 'new' })}>
      {t('partners.add')}
    </Button>
  );

  const empty = partners.data?.length === 0 && !filtered;

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end" gap="sm">
        <Stack gap={4}>
          <Title order={1}>{t('partners.title')}</Title>
          <Text>{t('partners.intro')}</Text>
          {can(me, 'support:read') && (
            <Anchor renderRoot={(props) => <Link to="/support/referrals" {...props} />} size="sm" w="fit-content">
              {t('partners.referralsLink')}
            </Anchor>
          )}
        </Stack>
        {/* While the directory is empty, the explanation below offers the button. */}
        {!empty && addButton}
      </Group>

      <Group
        component="form"
        aria-label={t('partners.filter.label')}
        gap="sm"
        align="flex-end"
        onSubmit={(e) => e.preventDefault()}
      >
        <TextInput
          type="search"
          label={t('partners.filter.search')}
          placeholder={t('partners.filter.searchHint')}
          leftSection={<IconSearch size={16} aria-hidden />}
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
          maxLength={100}
          w={{ base: '100%', xs: 260 }}
        />
        <Select
          label={t('partners.filter.kind')}
          data={[
            { value: ALL, label: t('partners.filter.allKinds') },
            ...PARTNER_KINDS.map((k) => ({ value: k, label: kindLabel(k) })),
          ]}
          value={kind ?? ALL}
          onChange={(v) => setKind(!v || v === ALL ? undefined : (v as PartnerKind))}
          allowDeselect={false}
          w={{ base: HALF, xs: 220 }}
        />
        <Select
          label={t('partners.filter.active')}
          data={[
            { value: 'true', label: t('partners.filter.activeTrue') },
            { value: 'false', label: t('partners.filter.activeFalse') },
            { value: 'all', label: t('partners.filter.activeAll') },
          ]}
          value={active}
          onChange={(v) => setActive((v as ActiveFilter | null) ?? 'true')}
          allowDeselect={false}
          w={{ base: HALF, xs: 220 }}
        />
        {filtered && (
          <Button variant="subtle" onClick={clearFilters}>
            {t('partners.filter.clear')}
          </Button>
        )}
      </Group>

      <ApiErrorAlert error={partners.error} />
      {partners.isPending && <PageLoader />}
      {empty && <EmptyDirectory addButton={addButton} />}
      {partners.data && partners.data.length === 0 && filtered && <Text>{t('partners.none')}</Text>}
      {partners.data && partners.data.length > 0 && (
        <>
          <Text size="sm" aria-live="polite">
            {t('partners.count', { n: partners.data.length })}
          </Text>
          <PartnerList
            partners={partners.data}
            canManage={canManage}
            onEdit={(partner) => setDialog({ kind: 'edit', partner })}
            onToggleActive={(partner) => setDialog({ kind: 'active', partner })}
          />
        </>
      )}

      {(dialog?.kind === 'new' || dialog?.kind === 'edit') && (
        <PartnerFormModal
          partner={dialog.kind === 'edit' ? dialog.partner : null}
          onClose={() => setDialog(null)}
          onSaved={() => done(t('partners.form.saved'))}
        />
      )}
      {dialog?.kind === 'active' && (
        <DeactivateOrReactivateModal
          partner={dialog.partner}
          onClose={() => setDialog(null)}
          onSaved={(p) => done(p.active ? t('partners.activate.reactivated') : t('partners.activate.deactivated'))}
        />
      )}
    </Stack>
  );
}

/** A new directory is empty: say what belongs in it, and who can add it. */
function EmptyDirectory({ addButton }: { addButton: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="lg">
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('partners.empty.title')}
        </Title>
        <Text size="sm">{t('partners.empty.intro')}</Text>
        <List size="sm" spacing={4}>
          <List.Item>{t('partners.empty.examples.hotline')}</List.Item>
          <List.Item>{t('partners.empty.examples.police')}</List.Item>
          <List.Item>{t('partners.empty.examples.ngo')}</List.Item>
          <List.Item>{t('partners.empty.examples.other')}</List.Item>
        </List>
        {addButton ? <Group>{addButton}</Group> : <Text size="sm">{t('partners.empty.askManager')}</Text>}
      </Stack>
    </Paper>
  );
}
