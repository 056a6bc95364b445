import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../components/ConfirmModal.tsx';
import { formatDate } from '../../format.ts';
import { currentLocale } from '../../i18n/index.ts';
import { notify } from '../../notify.ts';
import { AgreementModal } from './AgreementModal.tsx';
import { usePartnerCodeLabels } from './labels.ts';
import { AgreementStateBadge } from './PartnerBadges.tsx';
import { type Agreement, type Partner, useAgreementMutation } from './partners-api.ts';

type Dialog = { kind: 'new' } | { kind: 'edit' | 'remove'; agreement: Agreement };

/** A partner's agreements, newest first, each with its state in words; managers add, correct and remove them. */
export function AgreementsSection({ partner, canManage }: { partner: Partner; canManage: boolean }) {
  const { t } = useTranslation();
  const codes = usePartnerCodeLabels();
  const locale = currentLocale();
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const remove = useAgreementMutation(partner.id);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="partner-agreements">
      <Group justify="space-between" gap="xs" mb="sm" wrap="wrap">
        <Title order={2} size="h3" id="partner-agreements">
          {t('partners.agreements.title')}
        </Title>
        {canManage && (
          <Button
            variant="light"
            leftSection={<IconPlus size={16} aria-hidden />}
            onClick={() => setDialog({ kind: 'new' })}
          >
            {t('partners.agreements.add')}
          </Button>
        )}
      </Group>
      {partner.agreements.length === 0 ? (
        <Text size="sm">{t('partners.agreements.none')}</Text>
      ) : (
        <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
          {partner.agreements.map((agreement) => {
            const kind = codes.agreementKind(agreement.kind);
            return (
              <Paper component="li" key={agreement.id} withBorder p="sm">
                <Stack gap={6}>
                  <Group gap="xs" justify="space-between" align="flex-start">
                    <Text component="h3" fw={700} m={0}>
                      {kind}
                    </Text>
                    <AgreementStateBadge agreement={agreement} />
                  </Group>
                  <Text size="sm">
                    {t('partners.agreements.signed', { date: formatDate(agreement.signedOn, locale) })}
                    {' · '}
                    {agreement.expiresOn
                      ? t('partners.agreements.ends', { date: formatDate(agreement.expiresOn, locale) })
                      : t('partners.agreements.noEnd')}
                  </Text>
                  {agreement.notes && (
                    <Text size="sm" style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
                      {agreement.notes}
                    </Text>
                  )}
                  {canManage && (
                    <Group gap="xs">
                      <Button
                        size="compact-sm"
                        variant="light"
                        onClick={() => setDialog({ kind: 'edit', agreement })}
                        aria-label={t('partners.agreements.editNamed', {
                          kind,
                          date: formatDate(agreement.signedOn, locale),
                        })}
                      >
                        {t('common.edit')}
                      </Button>
                      <Button
                        size="compact-sm"
                        variant="outline"
                        color="red.9"
                        onClick={() => setDialog({ kind: 'remove', agreement })}
                        aria-label={t('partners.agreements.removeNamed', {
                          kind,
                          date: formatDate(agreement.signedOn, locale),
                        })}
                      >
                        {t('partners.agreements.remove')}
                      </Button>
                    </Group>
                  )}
                </Stack>
              </Paper>
            );
          })}
        </Stack>
      )}
      {(dialog?.kind === 'new' || dialog?.kind === 'edit') && (
        <AgreementModal
          partnerId={partner.id}
          partnerName={partner.name}
          agreement={dialog.kind === 'edit' ? dialog.agreement : null}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog?.kind === 'remove' && (
        <ConfirmModal
          opened
          title={t('partners.agreements.removeTitle')}
          confirmLabel={t('partners.agreements.remove')}
          danger
          pending={remove.isPending}
          error={remove.error}
          onClose={() => setDialog(null)}
          onConfirm={() =>
            remove.mutate(
              { action: 'remove', agreementId: dialog.agreement.id },
              {
                onSuccess: () => {
                  notify(t('partners.agreements.removed'));
                  setDialog(null);
                },
              },
            )
          }
        >
          {t('partners.agreements.removeExplain')}
        </ConfirmModal>
      )}
    </Paper>
  );
}
