import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import { IconBuildingCommunity, IconPhoneCall, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Section } from '../../components/Section.tsx';
import { countryName } from '../../countries.ts';
import { formatDate } from '../../format.ts';
import { currentLocale } from '../../i18n/index.ts';
import { useKindLabel } from '../partners/labels.ts';
import { mayDo, newestFirst } from './helpers.ts';
import type { CooperatingAgency, InvestigationDetail } from './investigation-types.ts';
import { useInvestigationLabels } from './labels.ts';

type Props = { investigation: InvestigationDetail; onAdd: () => void };

/** Where an agency is, in words: the kind of body and its country. */
export function useAgencyFacts() {
  const kindLabel = useKindLabel();
  const locale = currentLocale();
  return (a: Pick<CooperatingAgency, 'kind' | 'country'>) =>
    [kindLabel(a.kind), a.country ? countryName(a.country, locale) : null].filter(Boolean).join(' · ');
}

/** Police units and government bodies of the partner directory working on this investigation. */
export function AgenciesSection({ investigation: inv, onAdd }: Props) {
  const { t } = useTranslation();
  const facts = useAgencyFacts();
  return (
    <Section
      id="inv-agencies"
      title={t('investigations.agencies.title')}
      action={
        mayDo(inv, 'agency') && (
          <Button variant="light" size="compact-md" leftSection={<IconPlus size={16} aria-hidden />} onClick={onAdd}>
            {t('investigations.agencies.add')}
          </Button>
        )
      }
    >
      {inv.agencies.length === 0 ? (
        <Text size="sm">{t('investigations.agencies.none')}</Text>
      ) : (
        <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
          {inv.agencies.map((a) => (
            <Group key={a.id} component="li" gap="xs" wrap="nowrap" align="flex-start">
              <IconBuildingCommunity size={18} aria-hidden style={{ flexShrink: 0, marginTop: 2 }} />
              <Stack gap={0} style={{ minWidth: 0 }}>
                <Text fw={700} style={{ overflowWrap: 'anywhere' }}>
                  {a.name}
                </Text>
                <Text size="sm">{facts(a)}</Text>
              </Stack>
            </Group>
          ))}
        </Stack>
      )}
    </Section>
  );
}

/** Every contact with the agencies, newest first (as the activity log). */
export function LiaisonSection({ investigation: inv, onAdd }: Props) {
  const { t } = useTranslation();
  const labels = useInvestigationLabels();
  const locale = currentLocale();
  const may = mayDo(inv, 'liaison');
  return (
    <Section
      id="inv-liaison"
      title={t('investigations.liaison.title')}
      action={
        may &&
        inv.agencies.length > 0 && (
          <Button
            variant="light"
            size="compact-md"
            leftSection={<IconPhoneCall size={16} aria-hidden />}
            onClick={onAdd}
          >
            {t('investigations.liaison.add')}
          </Button>
        )
      }
    >
      {may && inv.agencies.length === 0 && (
        <Text size="sm" c="dimmed" mb="xs">
          {t('investigations.liaison.agencyFirst')}
        </Text>
      )}
      {inv.liaison.length === 0 ? (
        <Text size="sm">{t('investigations.liaison.none')}</Text>
      ) : (
        <Stack component="ol" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
          {newestFirst(inv.liaison).map((l) => (
            <Paper key={l.id} component="li" withBorder p="sm" bg="gray.0">
              <Group gap={6} wrap="wrap">
                <Text size="sm" fw={700} span>
                  <time dateTime={l.on}>{formatDate(l.on, locale)}</time>
                </Text>
                <Text size="sm" fw={700} span>
                  {labels.liaisonKind(l.kind)}
                </Text>
              </Group>
              <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                {l.partnerName}
              </Text>
              {l.note && (
                <Text size="sm" className="inv-prose" mt={4}>
                  {l.note}
                </Text>
              )}
              {l.byName && (
                <Text size="xs" c="dimmed" mt={4}>
                  {t('investigations.liaison.by', { name: l.byName })}
                </Text>
              )}
            </Paper>
          ))}
        </Stack>
      )}
    </Section>
  );
}
