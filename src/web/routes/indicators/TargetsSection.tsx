import { Button, Group, NumberInput, Paper, Radio, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../components/ApiErrorAlert.tsx';
import { fieldErrors } from '../../errors.ts';
import { notify } from '../../notify.ts';
import { MAX_YEAR, MIN_YEAR, type TargetSettings } from './indicator-types.ts';
import { useSetTarget } from './indicators-api.ts';

/** A number input holds '' while empty. */
type Values = {
  baselineYear: number | string;
  increaseKind: TargetSettings['increaseKind'];
  increase: number | string;
  targetYear: number | string;
};

const isYear = (v: number | string) => typeof v === 'number' && Number.isInteger(v) && v >= MIN_YEAR && v <= MAX_YEAR;

/** One indicator's baseline year, increase and target year. */
export function TargetForm({ saved, title }: { saved: TargetSettings; title: string }) {
  const { t } = useTranslation();
  const setTarget = useSetTarget();
  const form = useForm<Values>({
    initialValues: {
      baselineYear: saved.baselineYear ?? '',
      increaseKind: saved.increaseKind,
      increase: saved.increase,
      targetYear: saved.targetYear ?? '',
    },
    validate: {
      baselineYear: (v) => (v === '' || isYear(v) ? null : t('indicators.admin.targets.year')),
      targetYear: (v, values) =>
        v === ''
          ? null
          : !isYear(v)
            ? t('indicators.admin.targets.year')
            : isYear(values.baselineYear) && Number(v) <= Number(values.baselineYear)
              ? t('indicators.admin.targets.afterBaseline')
              : null,
      increase: (v, values) =>
        typeof v === 'number' && v > 0 && v <= (values.increaseKind === 'points' ? 100 : 1000)
          ? null
          : t('indicators.admin.targets.increaseRange'),
    },
  });
  const id = `target-${saved.indicator}`;
  const submit = form.onSubmit((v) =>
    setTarget.mutate(
      {
        indicator: saved.indicator,
        baselineYear: v.baselineYear === '' ? null : Number(v.baselineYear),
        increaseKind: v.increaseKind,
        increase: Number(v.increase),
        targetYear: v.targetYear === '' ? null : Number(v.targetYear),
      },
      {
        onSuccess: () => notify(t('indicators.admin.targets.saved')),
        onError: (err) => form.setErrors(fieldErrors(err)),
      },
    ),
  );
  return (
    <Paper withBorder p="md" component="form" onSubmit={submit} noValidate aria-labelledby={id}>
      <Stack gap="sm">
        <Title order={3} size="h4" id={id}>
          {title}
        </Title>
        <ApiErrorAlert
          error={setTarget.error}
          shownFields={['baselineYear', 'increaseKind', 'increase', 'targetYear']}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <NumberInput
            label={t('indicators.admin.targets.baselineYear')}
            description={t('indicators.admin.targets.baselineYearHelp')}
            min={MIN_YEAR}
            max={MAX_YEAR}
            allowDecimal={false}
            allowNegative={false}
            clampBehavior="none"
            {...form.getInputProps('baselineYear')}
          />
          <NumberInput
            label={t('indicators.admin.targets.targetYear')}
            description={t('indicators.admin.targets.targetYearHelp')}
            min={MIN_YEAR}
            max={MAX_YEAR}
            allowDecimal={false}
            allowNegative={false}
            clampBehavior="none"
            {...form.getInputProps('targetYear')}
          />
        </SimpleGrid>
        <Radio.Group label={t('indicators.admin.targets.increaseKind')} {...form.getInputProps('increaseKind')}>
          <Group gap="md" mt={4}>
            <Radio value="relative" label={t('indicators.admin.targets.relative')} />
            <Radio value="points" label={t('indicators.admin.targets.points')} />
          </Group>
        </Radio.Group>
        <NumberInput
          label={t('indicators.admin.targets.increase')}
          required
          withAsterisk={false}
          min={0}
          max={1000}
          decimalScale={1}
          allowNegative={false}
          clampBehavior="none"
          rightSection={form.values.increaseKind === 'relative' ? '%' : undefined}
          styles={{ wrapper: { maxWidth: 200 } }}
          {...form.getInputProps('increase')}
        />
        <Group justify="flex-end">
          <Button type="submit" loading={setTarget.isPending} disabled={!form.isDirty()}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

export function TargetsSection({ targets }: { targets: TargetSettings[] }) {
  const { t } = useTranslation();
  const titles = {
    standards: t('indicators.standards.title'),
    child_friendly: t('indicators.childFriendly.title'),
  } as const;
  return (
    <Stack gap="sm" component="section" aria-labelledby="targets-title">
      <Title order={2} size="h3" id="targets-title">
        {t('indicators.admin.targets.title')}
      </Title>
      <Text size="sm">{t('indicators.admin.targets.intro')}</Text>
      {targets.map((target) => (
        <TargetForm key={JSON.stringify(target)} saved={target} title={titles[target.indicator]} />
      ))}
    </Stack>
  );
}
