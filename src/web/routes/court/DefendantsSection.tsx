import { Badge, Button, Card, Group, MultiSelect, Select, Stack, Text } from '@mantine/core';
import { IconGavel, IconUserPlus, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../components/ApiErrorAlert.tsx';
import { AppModal } from '../../components/AppModal.tsx';
import { formatDate } from '../../format.ts';
import { currentLocale } from '../../i18n/index.ts';
import { notify } from '../../notify.ts';
import { Buttons } from '../investigations/InvestigationModals.tsx';
import { type CourtCaseDetail, type Defendant, useCharges, useCourtMutations } from './court-api.ts';
import { useCourtLabels } from './labels.ts';

type Props = { courtCase: CourtCaseDetail };

/** The defendants (offenders of the investigation), their arrest and their charges. */
export function DefendantsSection({ courtCase: c }: Props) {
  const { t } = useTranslation();
  const labels = useCourtLabels();
  const locale = currentLocale();
  const mutations = useCourtMutations(c.id);
  const [adding, setAdding] = useState<string | null>(null);
  const [charging, setCharging] = useState<Defendant | null>(null);
  return (
    <Stack gap="md">
      {c.defendants.length === 0 && <Text>{t('court.defendants.none')}</Text>}
      <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
        {c.defendants.map((d) => (
          <Card key={d.involvementId} component="li" withBorder padding="sm">
            <Stack gap={6}>
              <Group justify="space-between" gap="xs">
                <Text fw={700}>{d.displayName}</Text>
                <Badge variant="light" color="red">
                  {labels.role(d.role)}
                </Badge>
              </Group>
              <Text size="sm">
                {d.arrestedOn
                  ? t('court.defendants.arrested', { date: formatDate(d.arrestedOn, locale) })
                  : t('court.defendants.notArrested')}
                {d.daysArrestToVerdict !== null &&
                  ` · ${t('court.defendants.daysToVerdict', { count: d.daysArrestToVerdict })}`}
              </Text>
              <Text size="sm" fw={700}>
                {t('court.defendants.charges')}
              </Text>
              {d.charges.length === 0 ? (
                <Text size="sm">{t('court.defendants.noCharges')}</Text>
              ) : (
                <Stack component="ul" gap={2} pl="md" m={0}>
                  {d.charges.map((ch) => (
                    <Text component="li" size="sm" key={ch.id}>
                      {labels.charge(ch)}
                    </Text>
                  ))}
                </Stack>
              )}
              {c.mayWrite && (
                <Group gap="xs">
                  <Button
                    size="compact-sm"
                    variant="default"
                    leftSection={<IconGavel size={14} aria-hidden />}
                    onClick={() => setCharging(d)}
                  >
                    {t('court.defendants.editCharges')}
                  </Button>
                  <Button
                    size="compact-sm"
                    variant="subtle"
                    color="red"
                    leftSection={<IconX size={14} aria-hidden />}
                    onClick={() => mutations.removeDefendant.mutate({ involvementId: d.involvementId })}
                  >
                    {t('court.defendants.remove')}
                  </Button>
                </Group>
              )}
            </Stack>
          </Card>
        ))}
      </Stack>
      {c.mayWrite && c.candidates.defendants.length > 0 && (
        <Group gap="xs" align="flex-end">
          <Select
            label={t('court.defendants.add')}
            data={c.candidates.defendants.map((o) => ({
              value: o.involvementId,
              label: `${o.displayName} (${labels.role(o.role)})`,
            }))}
            value={adding}
            onChange={setAdding}
            w={{ base: '100%', xs: 300 }}
          />
          <Button
            leftSection={<IconUserPlus size={16} aria-hidden />}
            disabled={!adding}
            loading={mutations.addDefendant.isPending}
            onClick={() =>
              adding && mutations.addDefendant.mutate({ involvementId: adding }, { onSuccess: () => setAdding(null) })
            }
          >
            {t('court.defendants.addButton')}
          </Button>
        </Group>
      )}
      <ApiErrorAlert error={mutations.addDefendant.error ?? mutations.removeDefendant.error} />
      {charging && <ChargesModal courtCase={c} defendant={charging} onClose={() => setCharging(null)} />}
    </Stack>
  );
}

function ChargesModal({ courtCase: c, defendant, onClose }: Props & { defendant: Defendant; onClose: () => void }) {
  const { t } = useTranslation();
  const labels = useCourtLabels();
  const charges = useCharges();
  const mutations = useCourtMutations(c.id);
  const held = new Set(defendant.charges.map((ch) => ch.id));
  const [chosen, setChosen] = useState<string[]>([...held]);
  // Inactive charges stay listed only for a defendant who already holds them.
  const options = (charges.data ?? [])
    .filter((ch) => ch.active || held.has(ch.id))
    .map((ch) => ({ value: ch.id, label: labels.charge(ch) }));
  return (
    <AppModal
      opened
      onClose={onClose}
      title={t('court.defendants.chargesTitle', { name: defendant.displayName })}
      size="lg"
    >
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          mutations.charges.mutate(
            { involvementId: defendant.involvementId, chargeIds: chosen },
            {
              onSuccess: () => {
                notify(t('court.defendants.chargesDone'));
                onClose();
              },
            },
          );
        }}
      >
        <Stack gap="md">
          <ApiErrorAlert error={mutations.charges.error} />
          <MultiSelect
            label={t('court.defendants.charges')}
            searchable
            data={options}
            value={chosen}
            onChange={setChosen}
            comboboxProps={{ withinPortal: true }}
          />
          <Buttons onClose={onClose} loading={mutations.charges.isPending} submit={t('common.save')} />
        </Stack>
      </form>
    </AppModal>
  );
}
