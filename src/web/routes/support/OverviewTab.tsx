import { Anchor, Badge, Button, Grid, Group, Paper, Select, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconPencil, IconPlus } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { GOAL_STATUSES } from '../../../shared/support.ts';
import { ApiErrorAlert } from '../../components/ApiErrorAlert.tsx';
import { EncryptedHint } from '../../components/EncryptedHint.tsx';
import { Facts, Section } from '../../components/Section.tsx';
import { useOfficeLabel } from '../../components/UserSummary.tsx';
import { fieldErrors } from '../../errors.ts';
import { formatDate } from '../../format.ts';
import { useMe } from '../../hooks.ts';
import { currentLocale } from '../../i18n/index.ts';
import { can } from '../../session.ts';
import { courtCaseNumber } from '../court/labels.ts';
import { investigationNumber } from '../investigations/helpers.ts';
import { useSupportLabels } from './labels.ts';
import { RiskBadge } from './SupportBadges.tsx';
import type { SupportMutations } from './support-api.ts';
import type { SupportDetail } from './support-types.ts';
import './support.css';

type Props = {
  supportCase: SupportDetail;
  mutations: SupportMutations;
  onAssess: () => void;
  onConsent: () => void;
  onPlace: () => void;
};

/** Who the client is and who works with them; the assessment, consent, plan and placement. */
export function OverviewTab({ supportCase: c, mutations, onAssess, onConsent, onPlace }: Props) {
  const mayWork = c.actions.includes('work');
  return (
    <Grid gap="lg">
      <Grid.Col span={{ base: 12, md: 6 }}>
        <Stack gap="lg">
          <CaseFacts supportCase={c} />
          <AssessmentSection supportCase={c} onAssess={mayWork ? onAssess : undefined} />
          <PlacementSection supportCase={c} onPlace={mayWork ? onPlace : undefined} />
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 6 }}>
        <Stack gap="lg">
          <ConsentSection supportCase={c} onConsent={mayWork ? onConsent : undefined} />
          <PlanSection supportCase={c} mutations={mutations} mayWork={mayWork} />
        </Stack>
      </Grid.Col>
    </Grid>
  );
}

function CaseFacts({ supportCase: c }: { supportCase: SupportDetail }) {
  const { t } = useTranslation();
  const labels = useSupportLabels();
  const officeLabel = useOfficeLabel();
  const locale = currentLocale();
  const mayOpenInvestigations = can(useMe(), 'investigations:read');
  return (
    <Section id="sup-client" title={t('support.section.client')}>
      <Facts
        rows={[
          [t('support.field.client'), `${c.client.displayName} (${c.client.pseudonym})`],
          [t('support.field.clientKind'), labels.clientKind(c.clientKind)],
          [t('support.field.birthYear'), c.client.birthYear ? String(c.client.birthYear) : null],
          [t('support.field.office'), c.officeCode ? officeLabel(c.officeCode) : null],
          [t('support.field.openedOn'), formatDate(c.openedOn, locale)],
          [t('support.field.socialWorker'), c.socialWorker?.name ?? null],
          [t('support.field.lawyer'), c.lawyer?.name ?? null],
          [t('support.field.team'), c.team.length ? c.team.map((m) => m.name).join(', ') : null],
          [
            t('support.field.investigations'),
            c.investigations.length ? (
              <Group key="investigations" gap="xs" component="span">
                {c.investigations.map((i) =>
                  mayOpenInvestigations ? (
                    <Anchor
                      key={i.id}
                      renderRoot={(props) => <Link to="/investigations/$id" params={{ id: i.id }} {...props} />}
                      ff="monospace"
                    >
                      {investigationNumber(i.number)}
                    </Anchor>
                  ) : (
                    <Text key={i.id} span ff="monospace">
                      {investigationNumber(i.number)}
                    </Text>
                  ),
                )}
              </Group>
            ) : null,
          ],
          ...(c.courtCases.length
            ? ([
                [
                  t('support.field.courtCases'),
                  <Group key="court" gap="xs" component="span">
                    {c.courtCases.map((k) => (
                      <Anchor
                        key={k.id}
                        renderRoot={(props) => <Link to="/court/$id" params={{ id: k.id }} {...props} />}
                        ff="monospace"
                      >
                        {courtCaseNumber(k.number)}
                      </Anchor>
                    ))}
                  </Group>,
                ],
              ] as [string, ReactNode][])
            : []),
          ...(c.ref ? ([[t('support.field.ref'), c.ref]] as [string, string][]) : []),
        ]}
      />
    </Section>
  );
}

function AddButton({ onClick, label, edit }: { onClick?: () => void; label: string; edit?: boolean }) {
  if (!onClick) return null;
  const Icon = edit ? IconPencil : IconPlus;
  return (
    <Button size="xs" variant="default" leftSection={<Icon size={14} aria-hidden />} onClick={onClick}>
      {label}
    </Button>
  );
}

function AssessmentSection({ supportCase: c, onAssess }: { supportCase: SupportDetail; onAssess?: () => void }) {
  const { t } = useTranslation();
  const labels = useSupportLabels();
  const locale = currentLocale();
  const a = c.assessment;
  return (
    <Section
      id="sup-assessment"
      title={t('support.section.assessment')}
      action={
        <AddButton onClick={onAssess} label={t(a ? 'support.assess.edit' : 'support.assess.button')} edit={!!a} />
      }
    >
      {!a ? (
        <Text size="sm">{t('support.assess.none')}</Text>
      ) : (
        <Stack gap="xs">
          <Group gap="xs">
            <RiskBadge risk={a.riskLevel} />
            <Text size="sm">
              {t('support.assess.by', { date: formatDate(a.assessedOn, locale), name: a.assessedBy?.name ?? '—' })}
            </Text>
          </Group>
          {a.needs.length > 0 && (
            <Group gap={4}>
              {a.needs.map((n) => (
                <Badge key={n} variant="outline" color="gray" c="dark" style={{ textTransform: 'none' }}>
                  {labels.need(n)}
                </Badge>
              ))}
            </Group>
          )}
          {a.assessment && (
            <Text size="sm" className="sup-prose">
              {a.assessment}
            </Text>
          )}
          {a.needsNotes && (
            <Text size="sm" className="sup-prose">
              {a.needsNotes}
            </Text>
          )}
        </Stack>
      )}
    </Section>
  );
}

function ConsentSection({ supportCase: c, onConsent }: { supportCase: SupportDetail; onConsent?: () => void }) {
  const { t } = useTranslation();
  const labels = useSupportLabels();
  const locale = currentLocale();
  return (
    <Section
      id="sup-consent"
      title={t('support.section.consent')}
      action={<AddButton onClick={onConsent} label={t('support.consent.button')} />}
    >
      {c.consents.length === 0 ? (
        <Text size="sm">{t('support.consent.none')}</Text>
      ) : (
        <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
          {c.consents.map((x) => (
            <Paper component="li" key={x.id} withBorder p="sm">
              <Text size="sm" fw={700}>
                {t('support.consent.given', { by: labels.consentBy(x.givenBy), date: formatDate(x.givenOn, locale) })}
              </Text>
              <Text size="sm">{x.scope.map(labels.consentScope).join(', ')}</Text>
              {x.notes && (
                <Text size="sm" c="dimmed" className="sup-prose">
                  {x.notes}
                </Text>
              )}
            </Paper>
          ))}
        </Stack>
      )}
    </Section>
  );
}

function PlacementSection({ supportCase: c, onPlace }: { supportCase: SupportDetail; onPlace?: () => void }) {
  const { t } = useTranslation();
  const labels = useSupportLabels();
  const locale = currentLocale();
  return (
    <Section
      id="sup-placement"
      title={t('support.section.placement')}
      action={<AddButton onClick={onPlace} label={t('support.place.button')} />}
    >
      {c.placements.length === 0 ? (
        <Text size="sm">{t('support.place.none')}</Text>
      ) : (
        <Stack component="ol" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
          {c.placements.map((p, i) => (
            <Paper component="li" key={p.id} withBorder p="sm" bg={i === 0 ? undefined : 'gray.0'}>
              <Group gap="xs">
                <Text size="sm" fw={700}>
                  {labels.placement(p.placement)}
                  {p.partner && ` · ${p.partner.name}`}
                </Text>
                {i === 0 && (
                  <Badge size="sm" variant="light" color="teal" c="dark" style={{ textTransform: 'none' }}>
                    {t('support.place.current')}
                  </Badge>
                )}
              </Group>
              <Text size="sm">
                {t('support.place.decided', { date: formatDate(p.decidedOn, locale), name: p.decidedBy.name })}
              </Text>
              {p.reason && (
                <Text size="sm" c="dimmed" className="sup-prose">
                  {p.reason}
                </Text>
              )}
            </Paper>
          ))}
        </Stack>
      )}
    </Section>
  );
}

function PlanSection({
  supportCase: c,
  mutations,
  mayWork,
}: {
  supportCase: SupportDetail;
  mutations: SupportMutations;
  mayWork: boolean;
}) {
  const { t } = useTranslation();
  const labels = useSupportLabels();
  const locale = currentLocale();
  const form = useForm({ initialValues: { goal: '', targetOn: '' } });
  const add = mutations.goal;
  const submit = (values: { goal: string; targetOn: string }) =>
    add.mutate(
      { goal: values.goal, targetOn: values.targetOn || undefined },
      { onSuccess: () => form.reset(), onError: (err) => form.setErrors(fieldErrors(err)) },
    );
  return (
    <Section id="sup-plan" title={t('support.section.plan')}>
      <ApiErrorAlert error={mutations.goalStatus.error} />
      {c.goals.length === 0 ? (
        <Text size="sm">{t('support.plan.none')}</Text>
      ) : (
        <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
          {c.goals.map((g) => (
            <Paper component="li" key={g.id} withBorder p="sm">
              <Group justify="space-between" gap="xs" wrap="wrap" align="flex-start">
                <Stack gap={2} style={{ flex: '1 1 12rem', minWidth: 0 }}>
                  <Text size="sm" fw={700} className="sup-prose">
                    {g.goal}
                  </Text>
                  {g.targetOn && (
                    <Text size="xs">{t('support.plan.target', { date: formatDate(g.targetOn, locale) })}</Text>
                  )}
                </Stack>
                <Select
                  aria-label={t('support.plan.statusOf', { goal: g.goal.slice(0, 40) })}
                  size="xs"
                  w={140}
                  data={GOAL_STATUSES.map((s) => ({ value: s, label: labels.goalStatus(s) }))}
                  value={g.status}
                  disabled={!mayWork}
                  allowDeselect={false}
                  onChange={(status) => status && mutations.goalStatus.mutate({ goalId: g.id, status })}
                />
              </Group>
            </Paper>
          ))}
        </Stack>
      )}
      {mayWork && (
        <form onSubmit={form.onSubmit(submit)} noValidate>
          <Stack gap="xs" mt="md">
            <ApiErrorAlert error={add.error} shownFields={['goal', 'targetOn']} />
            <TextInput
              label={t('support.plan.goal')}
              description={<EncryptedHint text={t('support.encrypted')} />}
              required
              maxLength={2000}
              {...form.getInputProps('goal')}
            />
            <Group gap="xs" align="flex-end">
              <TextInput type="date" label={t('support.plan.targetOn')} {...form.getInputProps('targetOn')} />
              <Button type="submit" variant="default" loading={add.isPending} disabled={!form.values.goal.trim()}>
                {t('support.plan.add')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Section>
  );
}
