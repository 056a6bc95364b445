import { Alert, Badge, Button, Group, Paper, Stack, Text, VisuallyHidden } from '@mantine/core';
import { IconArrowRight, IconFileOff, IconPlus, IconTransfer } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Section } from '../../components/Section.tsx';
import { formatDate } from '../../format.ts';
import { currentLocale } from '../../i18n/index.ts';
import { custodyChain, mayDo } from './helpers.ts';
import type { EvidenceItem, InvestigationDetail } from './investigation-types.ts';
import { useInvestigationLabels } from './labels.ts';

type Props = {
  investigation: InvestigationDetail;
  onAdd: () => void;
  onHandOver: (item: EvidenceItem, number: number) => void;
};

/** Evidence as metadata: what it is, who holds it now, and every hand-over since it was collected. */
export function EvidenceSection({ investigation: inv, onAdd, onHandOver }: Props) {
  const { t } = useTranslation();
  const may = mayDo(inv, 'evidence');
  return (
    <Section
      id="inv-evidence"
      title={t('investigations.evidence.title')}
      action={
        may && (
          <Button variant="light" size="compact-md" leftSection={<IconPlus size={16} aria-hidden />} onClick={onAdd}>
            {t('investigations.evidence.add')}
          </Button>
        )
      }
    >
      <Alert variant="light" color="blue" icon={<IconFileOff aria-hidden />} mb="md">
        {t('investigations.evidence.metadataOnly')}
      </Alert>
      {inv.evidence.length === 0 ? (
        <Text size="sm">{t('investigations.evidence.none')}</Text>
      ) : (
        <Stack component="ol" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
          {inv.evidence.map((item, i) => (
            <EvidenceCard
              key={item.id}
              item={item}
              number={i + 1}
              onHandOver={may ? () => onHandOver(item, i + 1) : undefined}
            />
          ))}
        </Stack>
      )}
    </Section>
  );
}

function EvidenceCard({ item, number, onHandOver }: { item: EvidenceItem; number: number; onHandOver?: () => void }) {
  const { t } = useTranslation();
  const labels = useInvestigationLabels();
  const locale = currentLocale();
  const headingId = `inv-evidence-${item.id}`;
  return (
    <Paper component="li" withBorder p="sm" bg="gray.0" aria-labelledby={headingId}>
      <Stack gap={8}>
        <Group justify="space-between" gap="xs" wrap="wrap" align="flex-start">
          <Text fw={700} component="h3" m={0} id={headingId}>
            {t('investigations.evidence.item', { n: number })}
          </Text>
          <Badge variant="outline" color="gray" c="dark" tt="none">
            {labels.evidenceKind(item.kind)}
          </Badge>
        </Group>
        <Text size="sm" className="inv-prose">
          {item.description}
        </Text>
        <Text size="sm">
          <Text span fw={700} inherit>
            {t('investigations.evidence.heldBy')}
          </Text>{' '}
          <Text span inherit style={{ overflowWrap: 'anywhere' }}>
            {item.holder}
          </Text>
        </Text>
        <Text size="sm" fw={700} component="h4" m={0}>
          {t('investigations.evidence.chain')}
        </Text>
        <ol className="inv-custody">
          {custodyChain(item).map((step, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: the chain is append-only and has no id
            <li key={i}>
              <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                <Text span fw={700} inherit>
                  <time dateTime={step.on}>{formatDate(step.on, locale)}</time>
                </Text>{' '}
                {step.from === null ? (
                  t('investigations.evidence.collected', { holder: step.holder })
                ) : (
                  <>
                    {step.from} <IconArrowRight size={14} aria-hidden style={{ verticalAlign: -2 }} />
                    <VisuallyHidden component="span">{t('investigations.evidence.to')}</VisuallyHidden> {step.holder}
                  </>
                )}
              </Text>
              {step.reason && (
                <Text size="sm" className="inv-prose">
                  {step.reason}
                </Text>
              )}
              {step.by && (
                <Text size="xs" c="dimmed">
                  {step.from === null
                    ? t('investigations.evidence.collectedBy', { name: step.by })
                    : t('investigations.evidence.recordedBy', { name: step.by })}
                </Text>
              )}
            </li>
          ))}
        </ol>
        {onHandOver && (
          <Button
            variant="outline"
            size="compact-sm"
            w="fit-content"
            leftSection={<IconTransfer size={14} aria-hidden />}
            onClick={onHandOver}
            aria-label={t('investigations.evidence.handOverItem', { n: number })}
          >
            {t('investigations.evidence.handOver')}
          </Button>
        )}
      </Stack>
    </Paper>
  );
}
