import { Alert, Button, Group, Paper, Radio, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../components/ApiErrorAlert.tsx';
import { EncryptedHint } from '../../components/EncryptedHint.tsx';
import { Section } from '../../components/Section.tsx';
import { fieldErrors } from '../../errors.ts';
import { formatDate, formatDateTime } from '../../format.ts';
import { currentLocale } from '../../i18n/index.ts';
import { notify } from '../../notify.ts';
import type { SupportMutations } from './support-api.ts';
import type { SupportDetail } from './support-types.ts';
import './support.css';

type Props = {
  supportCase: SupportDetail;
  request: SupportMutations['requestClosure'];
  decide: SupportMutations['decideClosure'];
};

/**
 * Closing a case takes two people: whoever works it asks, with a reason, and a
 * manager of the case's office (not the one who asked) approves or rejects it.
 */
export function ClosureTab({ supportCase: c, request, decide }: Props) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const pending = c.closures.find((x) => x.decision === null);
  return (
    <Stack gap="lg">
      <Section id="sup-closure" title={t('support.section.closure')}>
        <Stack gap="sm">
          {c.status === 'closed' && (
            <Alert color="gray" variant="light">
              {t('support.closure.closed', { date: formatDate(c.closedOn, locale) })}
            </Alert>
          )}
          {pending && (
            <Alert color="orange" variant="light">
              {t('support.closure.pending', { name: pending.requestedBy.name })}
            </Alert>
          )}
          {c.status === 'open' && !c.actions.includes('request_closure') && (
            <Text size="sm">{t('support.closure.open')}</Text>
          )}
          {c.actions.includes('request_closure') && <RequestForm mutation={request} />}
          {c.actions.includes('decide_closure') && <DecisionForm mutation={decide} />}
          {pending && !c.actions.includes('decide_closure') && <Text size="sm">{t('support.closure.waiting')}</Text>}
        </Stack>
      </Section>
      {c.closures.length > 0 && (
        <Section id="sup-closure-history" title={t('support.closure.history')}>
          <Stack component="ol" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
            {c.closures.map((x) => (
              <Paper component="li" key={x.id} withBorder p="sm">
                <Text size="sm" fw={700}>
                  {t('support.closure.asked', {
                    name: x.requestedBy.name,
                    time: formatDateTime(x.requestedAt, locale),
                  })}
                </Text>
                <Text size="sm" className="sup-prose">
                  {x.reason}
                </Text>
                {x.decision && (
                  <Text size="sm" mt={4} fw={700} c={x.decision === 'approved' ? 'teal.9' : 'red.9'}>
                    {t(`support.closure.${x.decision}By`, {
                      name: x.decidedBy?.name ?? '—',
                      time: formatDateTime(x.decidedAt, locale),
                    })}
                  </Text>
                )}
                {x.decisionReason && (
                  <Text size="sm" className="sup-prose">
                    {x.decisionReason}
                  </Text>
                )}
              </Paper>
            ))}
          </Stack>
        </Section>
      )}
    </Stack>
  );
}

function RequestForm({ mutation }: { mutation: Props['request'] }) {
  const { t } = useTranslation();
  const form = useForm({
    initialValues: { reason: '' },
    validate: { reason: (v) => (v.trim() ? null : t('validation.required')) },
  });
  const submit = (v: typeof form.values) =>
    mutation.mutate(v, {
      onSuccess: () => notify(t('support.closure.requested')),
      onError: (err) => form.setErrors(fieldErrors(err)),
    });
  return (
    <form onSubmit={form.onSubmit(submit)} noValidate aria-label={t('support.closure.request')}>
      <Stack gap="xs">
        <ApiErrorAlert error={mutation.error} shownFields={['reason']} />
        <Textarea
          label={t('support.closure.reason')}
          description={<EncryptedHint text={t('support.encrypted')} />}
          required
          autosize
          minRows={2}
          maxLength={5_000}
          {...form.getInputProps('reason')}
        />
        <Group justify="flex-end">
          <Button type="submit" loading={mutation.isPending}>
            {t('support.closure.request')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function DecisionForm({ mutation }: { mutation: Props['decide'] }) {
  const { t } = useTranslation();
  const form = useForm({
    initialValues: { decision: '', reason: '' },
    validate: {
      decision: (v) => (v ? null : t('validation.required')),
      reason: (v, values) => (values.decision === 'rejected' && !v.trim() ? t('support.closure.rejectReason') : null),
    },
  });
  const submit = (v: typeof form.values) =>
    mutation.mutate(
      { decision: v.decision as 'approved' | 'rejected', reason: v.reason.trim() || undefined },
      {
        onSuccess: () =>
          notify(t(v.decision === 'approved' ? 'support.closure.approvedNotice' : 'support.closure.rejectedNotice')),
        onError: (err) => form.setErrors(fieldErrors(err)),
      },
    );
  return (
    <form onSubmit={form.onSubmit(submit)} noValidate aria-label={t('support.closure.decide')}>
      <Stack gap="xs">
        <ApiErrorAlert error={mutation.error} shownFields={['decision', 'reason']} />
        <Radio.Group label={t('support.closure.decide')} required {...form.getInputProps('decision')}>
          <Group gap="lg" mt={6}>
            <Radio value="approved" label={t('support.closure.approve')} />
            <Radio value="rejected" label={t('support.closure.reject')} />
          </Group>
        </Radio.Group>
        <Textarea
          label={t('support.closure.decisionReason')}
          description={<EncryptedHint text={t('support.encrypted')} />}
          autosize
          minRows={2}
          maxLength={5_000}
          {...form.getInputProps('reason')}
        />
        <Group justify="flex-end">
          <Button type="submit" loading={mutation.isPending}>
            {t('support.closure.submitDecision')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
