import { Anchor, Badge, Button, Card, Group, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../components/ApiErrorAlert.tsx';
import { RequirePermission } from '../../components/RequirePermission.tsx';
import { PageLoader } from '../../components/RootLayout.tsx';
import { useOfficeLabel } from '../../components/UserSummary.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { formatDateTime } from '../../format.ts';
import { useMe } from '../../hooks.ts';
import { currentLocale } from '../../i18n/index.ts';
import { type AccessGrant, type GrantStatus, useAccessGrants, useReviewGrant } from './access-api.ts';

export function AccessReviewsPage() {
  return (
    <RequirePermission permission="access:review">
      <AccessReviewsScreen />
    </RequirePermission>
  );
}

/**
 * The managers' side of break the glass: every look at their office's
 * records from outside, with the reason given. Each is reviewed once; an
 * unjustified one is ended at once (and the audit log keeps both).
 */
function AccessReviewsScreen() {
  const { t } = useTranslation();
  usePageTitle(t('access.title'));
  const [status, setStatus] = useState<GrantStatus>('pending');
  const grants = useAccessGrants(status);
  const review = useReviewGrant();
  const items = grants.data ?? [];
  return (
    <Stack gap="md">
      <Title order={1}>{t('access.title')}</Title>
      <Text maw="50rem">{t('access.intro')}</Text>
      <SegmentedControl
        w="fit-content"
        value={status}
        onChange={(v) => setStatus(v as GrantStatus)}
        data={[
          { value: 'pending', label: t('access.pending') },
          { value: 'all', label: t('access.all') },
        ]}
      />
      <ApiErrorAlert error={grants.error ?? review.error} />
      {grants.isPending ? (
        <PageLoader />
      ) : (
        <>
          <Text fw={700} role="status">
            {status === 'pending'
              ? t('access.countPending', { n: items.length })
              : t('access.count', { n: items.length })}
          </Text>
          <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
            {items.map((grant) => (
              <GrantCard
                key={grant.id}
                grant={grant}
                busy={review.isPending && review.variables?.id === grant.id}
                onReview={(endNow) => review.mutate({ id: grant.id, endNow })}
              />
            ))}
          </Stack>
        </>
      )}
    </Stack>
  );
}

function GrantCard(props: { grant: AccessGrant; busy: boolean; onReview: (endNow: boolean) => void }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const me = useMe();
  const officeLabel = useOfficeLabel();
  const { grant } = props;
  const mine = grant.userName === me.user.name && grant.userOffice === me.user.officeCode;
  return (
    <Card component="li" withBorder padding="sm">
      <Stack gap={6}>
        <Group justify="space-between" gap="xs">
          <Text fw={700}>
            {grant.recordType === 'investigation' ? (
              <Anchor
                inherit
                renderRoot={(p) => <Link to="/investigations/$id" params={{ id: grant.recordId }} {...p} />}
              >
                {grant.recordLabel}
              </Anchor>
            ) : (
              grant.recordLabel
            )}
          </Text>
          <Group gap={6}>
            {grant.active ? (
              <Badge color="red.9">{t('access.open')}</Badge>
            ) : (
              <Badge color="gray.7">{t('access.ended')}</Badge>
            )}
            {grant.reviewedAt && <Badge color="green.9">{t('access.reviewed')}</Badge>}
          </Group>
        </Group>
        <Text size="sm">
          {t('access.who', {
            name: grant.userName,
            office: officeLabel(grant.userOffice),
            at: formatDateTime(grant.grantedAt, locale),
            until: formatDateTime(grant.expiresAt, locale),
          })}
        </Text>
        <Text size="sm" fs="italic" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
          {t('access.reason', { reason: grant.reason })}
        </Text>
        {grant.reviewedAt ? (
          <Text size="sm" c="dimmed">
            {t('access.reviewedBy', { name: grant.reviewerName ?? '', at: formatDateTime(grant.reviewedAt, locale) })}
          </Text>
        ) : mine ? (
          <Text size="sm" c="dimmed">
            {t('access.yours')}
          </Text>
        ) : (
          <Group gap="xs">
            <Button size="xs" loading={props.busy} onClick={() => props.onReview(false)}>
              {t('access.justified')}
            </Button>
            {grant.active && (
              <Button
                size="xs"
                color="red.9"
                variant="outline"
                loading={props.busy}
                onClick={() => props.onReview(true)}
              >
                {t('access.endNow')}
              </Button>
            )}
          </Group>
        )}
      </Stack>
    </Card>
  );
}
