import { Button, Group, Select, SimpleGrid, Stack, Table, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CURRENCIES, VERDICTS, WITHDRAWAL_REASONS } from '../../../shared/court.ts';
import { ApiErrorAlert } from '../../components/ApiErrorAlert.tsx';
import { TableScroller } from '../../components/TableScroller.tsx';
import { fieldErrors } from '../../errors.ts';
import { formatDate, todayIso } from '../../format.ts';
import { currentLocale } from '../../i18n/index.ts';
import { notify } from '../../notify.ts';
import { type CourtCaseDetail, useCourtMutations } from './court-api.ts';
import { formatMoney, useCourtLabels } from './labels.ts';
import { Field } from './OverviewSection.tsx';

type Props = { courtCase: CourtCaseDetail };

/** The verdict, the compensation ordered and paid (what is still owed), the day counts, and a withdrawn complaint. */
export function VerdictSection({ courtCase: c }: Props) {
  return (
    <Stack gap="xl">
      <Verdict courtCase={c} />
      <Compensation courtCase={c} />
      <Days courtCase={c} />
      <Withdrawal courtCase={c} />
    </Stack>
  );
}

function Verdict({ courtCase: c }: Props) {
  const { t } = useTranslation();
  const labels = useCourtLabels();
  const locale = currentLocale();
  const { verdict } = useCourtMutations(c.id);
  // A recorded verdict is shown; its form opens only to correct it (or for an appeal's new verdict).
  const [editing, setEditing] = useState(false);
  const form = useForm({
    initialValues: { verdict: c.verdict ?? '', verdictOn: c.verdictOn ?? todayIso(), sentence: c.sentence ?? '' },
    validate: {
      verdict: (v) => (v ? null : t('validation.required')),
      verdictOn: (v) => (v ? null : t('validation.date')),
    },
  });
  return (
    <Stack gap="sm">
      <Title order={2} size="h3">
        {t('court.verdictPart.title')}
      </Title>
      {c.verdict && (
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <Field label={t('court.verdictPart.verdict')}>{labels.verdict(c.verdict)}</Field>
          <Field label={t('court.verdictPart.on')}>{formatDate(c.verdictOn, locale)}</Field>
          <Field label={t('court.verdictPart.sentence')}>{c.sentence ?? '—'}</Field>
        </SimpleGrid>
      )}
      {c.mayWrite && c.verdict && !editing && (
        <Button variant="default" w="fit-content" onClick={() => setEditing(true)}>
          {t('court.verdictPart.change')}
        </Button>
      )}
      {c.mayWrite && (!c.verdict || editing) && (
        <form
          noValidate
          aria-label={t('court.verdictPart.title')}
          onSubmit={form.onSubmit((v) =>
            verdict.mutate(
              {
                verdict: v.verdict,
                verdictOn: v.verdictOn,
                ...(v.sentence.trim() ? { sentence: v.sentence.trim() } : {}),
              },
              {
                onSuccess: () => {
                  notify(t('court.verdictPart.done'));
                  setEditing(false);
                },
                onError: (e) => form.setErrors(fieldErrors(e)),
              },
            ),
          )}
        >
          <Stack gap="sm">
            <ApiErrorAlert error={verdict.error} shownFields={['verdict', 'verdictOn', 'sentence']} />
            <Group grow gap="sm" align="flex-start" wrap="wrap">
              <Select
                label={t('court.verdictPart.verdict')}
                required
                miw={180}
                data={VERDICTS.map((v) => ({ value: v, label: labels.verdict(v) }))}
                {...form.getInputProps('verdict')}
              />
              <TextInput
                type="date"
                label={t('court.verdictPart.on')}
                required
                miw={160}
                min={c.openedOn}
                {...form.getInputProps('verdictOn')}
              />
            </Group>
            <Textarea
              label={t('court.verdictPart.sentence')}
              description={t('court.verdictPart.sentenceHint')}
              autosize
              minRows={2}
              maxLength={2000}
              {...form.getInputProps('sentence')}
            />
            <Button type="submit" w="fit-content" loading={verdict.isPending}>
              {t('court.verdictPart.submit')}
            </Button>
          </Stack>
        </form>
      )}
    </Stack>
  );
}

function Compensation({ courtCase: c }: Props) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const { order, payment } = useCourtMutations(c.id);
  const { balances, orders, payments } = c.compensation;
  const orderForm = useForm({ initialValues: { amount: '', currency: 'KHR' } });
  const paymentForm = useForm({ initialValues: { amount: '', currency: 'KHR', paidOn: todayIso() } });
  const currencies = CURRENCIES.map((cur) => ({ value: cur, label: cur }));
  return (
    <Stack gap="sm">
      <Title order={2} size="h3">
        {t('court.compensation.title')}
      </Title>
      {balances.length === 0 ? (
        <Text>{t('court.compensation.none')}</Text>
      ) : (
        <TableScroller label={t('court.compensation.title')} minWidth={440}>
          <Table fz="sm" verticalSpacing={6} horizontalSpacing={8} data-testid="balances">
            {/* What is still owed comes first: it matters most, and a phone shows it without scrolling. */}
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('court.compensation.currency')}</Table.Th>
                <Table.Th scope="col" ta="end">
                  {t('court.compensation.outstanding')}
                </Table.Th>
                <Table.Th scope="col" ta="end">
                  {t('court.compensation.ordered')}
                </Table.Th>
                <Table.Th scope="col" ta="end">
                  {t('court.compensation.paid')}
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {balances.map((b) => (
                <Table.Tr key={b.currency}>
                  <Table.Th scope="row">{b.currency}</Table.Th>
                  <Table.Td ta="end" fw={700} style={{ whiteSpace: 'nowrap' }}>
                    {b.fullyPaidOn
                      ? t('court.compensation.fullyPaid', { date: formatDate(b.fullyPaidOn, locale) })
                      : formatMoney(b.outstanding, b.currency)}
                  </Table.Td>
                  <Table.Td ta="end" style={{ whiteSpace: 'nowrap' }}>
                    {formatMoney(b.ordered, b.currency)}
                  </Table.Td>
                  <Table.Td ta="end" style={{ whiteSpace: 'nowrap' }}>
                    {formatMoney(b.paid, b.currency)}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroller>
      )}
      {orders.length > 0 && (
        <Text size="sm">
          {t('court.compensation.orders')}: {orders.map((o) => formatMoney(o.amount, o.currency)).join(', ')}
        </Text>
      )}
      {payments.length > 0 && (
        <Stack gap={2}>
          <Text size="sm" fw={700}>
            {t('court.compensation.payments')}
          </Text>
          <Stack component="ul" gap={2} pl="md" m={0}>
            {payments.map((p) => (
              <Text component="li" size="sm" key={p.id}>
                {formatDate(p.paidOn, locale)} · {formatMoney(p.amount, p.currency)}
              </Text>
            ))}
          </Stack>
        </Stack>
      )}
      {c.mayWrite && c.verdict === 'convicted' && (
        <form
          noValidate
          aria-label={t('court.compensation.addOrder')}
          onSubmit={orderForm.onSubmit((v) =>
            order.mutate(v, {
              onSuccess: () => {
                notify(t('court.compensation.orderDone'));
                orderForm.reset();
              },
              onError: (e) => orderForm.setErrors(fieldErrors(e)),
            }),
          )}
        >
          <Group gap="sm" align="flex-end">
            <TextInput
              label={t('court.compensation.orderAmount')}
              inputMode="decimal"
              required
              w={{ base: '100%', xs: 200 }}
              {...orderForm.getInputProps('amount')}
            />
            <Select
              label={t('court.compensation.currency')}
              allowDeselect={false}
              data={currencies}
              w={110}
              {...orderForm.getInputProps('currency')}
            />
            <Button type="submit" variant="default" loading={order.isPending}>
              {t('court.compensation.addOrder')}
            </Button>
          </Group>
          <ApiErrorAlert error={order.error} shownFields={['amount', 'currency']} />
        </form>
      )}
      {c.mayWrite && c.verdictOn && (
        <form
          noValidate
          aria-label={t('court.compensation.addPayment')}
          onSubmit={paymentForm.onSubmit((v) =>
            payment.mutate(v, {
              onSuccess: () => {
                notify(t('court.compensation.paymentDone'));
                paymentForm.reset();
              },
              onError: (e) => paymentForm.setErrors(fieldErrors(e)),
            }),
          )}
        >
          <Group gap="sm" align="flex-end">
            <TextInput
              label={t('court.compensation.paymentAmount')}
              inputMode="decimal"
              required
              w={{ base: '100%', xs: 200 }}
              {...paymentForm.getInputProps('amount')}
            />
            <Select
              label={t('court.compensation.currency')}
              allowDeselect={false}
              data={currencies}
              w={110}
              {...paymentForm.getInputProps('currency')}
            />
            <TextInput
              type="date"
              label={t('court.compensation.paidOn')}
              required
              min={c.verdictOn}
              max={todayIso()}
              {...paymentForm.getInputProps('paidOn')}
            />
            <Button type="submit" variant="default" loading={payment.isPending}>
              {t('court.compensation.addPayment')}
            </Button>
          </Group>
          <ApiErrorAlert error={payment.error} shownFields={['amount', 'currency', 'paidOn']} />
        </form>
      )}
    </Stack>
  );
}

function Days({ courtCase: c }: Props) {
  const { t } = useTranslation();
  const show = (n: number | null) => (n === null ? '—' : String(n));
  return (
    <Stack gap="sm">
      <Title order={2} size="h3">
        {t('court.days.title')}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 3 }} data-testid="day-counts">
        <Field label={t('court.days.arrestToVerdict')}>{show(c.days.arrestToVerdict)}</Field>
        <Field label={t('court.days.verdictToFirstPayment')}>{show(c.days.verdictToFirstPayment)}</Field>
        <Field label={t('court.days.verdictToFullPayment')}>{show(c.days.verdictToFullPayment)}</Field>
      </SimpleGrid>
      <Text size="sm" c="dimmed">
        {t('court.days.hint')}
      </Text>
    </Stack>
  );
}

function Withdrawal({ courtCase: c }: Props) {
  const { t } = useTranslation();
  const labels = useCourtLabels();
  const locale = currentLocale();
  const { withdrawal } = useCourtMutations(c.id);
  const [editing, setEditing] = useState(false);
  const form = useForm({
    initialValues: { on: c.complaintWithdrawnOn ?? todayIso(), reason: c.complaintWithdrawnReason ?? '' },
    validate: { reason: (v) => (v ? null : t('validation.required')) },
  });
  return (
    <Stack gap="sm">
      <Title order={2} size="h3">
        {t('court.withdrawal.title')}
      </Title>
      <Text>
        {c.complaintWithdrawnOn
          ? t('court.withdrawal.done', {
              date: formatDate(c.complaintWithdrawnOn, locale),
              reason: labels.reason(c.complaintWithdrawnReason ?? 'other'),
            })
          : t('court.withdrawal.none')}
      </Text>
      {c.mayWrite && c.complaintWithdrawnOn && !editing && (
        <Button variant="default" w="fit-content" onClick={() => setEditing(true)}>
          {t('common.edit')}
        </Button>
      )}
      {c.mayWrite && (!c.complaintWithdrawnOn || editing) && (
        <form
          noValidate
          aria-label={t('court.withdrawal.title')}
          onSubmit={form.onSubmit((v) =>
            withdrawal.mutate(v, {
              onSuccess: () => {
                notify(t('court.withdrawal.saved'));
                setEditing(false);
              },
              onError: (e) => form.setErrors(fieldErrors(e)),
            }),
          )}
        >
          <Group gap="sm" align="flex-end">
            <TextInput
              type="date"
              label={t('court.withdrawal.on')}
              required
              min={c.openedOn}
              {...form.getInputProps('on')}
            />
            <Select
              label={t('court.withdrawal.reason')}
              required
              w={{ base: '100%', xs: 260 }}
              data={WITHDRAWAL_REASONS.map((r) => ({ value: r, label: labels.reason(r) }))}
              {...form.getInputProps('reason')}
            />
            <Button type="submit" variant="default" loading={withdrawal.isPending}>
              {t('court.withdrawal.submit')}
            </Button>
          </Group>
          <ApiErrorAlert error={withdrawal.error} shownFields={['on', 'reason']} />
        </form>
      )}
    </Stack>
  );
}
