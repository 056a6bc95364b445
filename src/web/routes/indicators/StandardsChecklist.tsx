import { Button, Group, Paper, Radio, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../components/ApiErrorAlert.tsx';
import { PageLoader } from '../../components/RootLayout.tsx';
import { fieldErrors } from '../../errors.ts';
import { formatDate, todayIso } from '../../format.ts';
import { currentLocale } from '../../i18n/index.ts';
import { notify } from '../../notify.ts';
import { changedAnswers, type Drafts, draftsOf } from './checklist-changes.ts';
import { formatPercent } from './indicator-format.ts';
import { type Checklist, STANDARD_ANSWERS, type StandardAnswer } from './indicator-types.ts';
import { useAnswerChecklist, useChecklist } from './indicators-api.ts';
import './indicators.css';

const NONE = 'none';

/**
 * The national-standards checklist of one court case, mounted on the court
 * case page under that page's own "National standards" heading (so it adds
 * none of its own).
 */
export function StandardsChecklist({ courtCaseId }: { courtCaseId: string }) {
  const checklist = useChecklist(courtCaseId);
  return (
    <div>
      <ApiErrorAlert error={checklist.error} />
      {checklist.isPending && <PageLoader />}
      {/* Keyed by the saved answers: a fresh form whenever the server's copy changes. */}
      {checklist.data && <ChecklistForm key={JSON.stringify(checklist.data.items)} checklist={checklist.data} />}
    </div>
  );
}

function AdherenceLine({ adherence }: { adherence: Checklist['adherence'] }) {
  const { t } = useTranslation();
  const applicable = adherence.yes + adherence.no;
  return (
    <Text fw={700} aria-live="polite">
      {adherence.percent === null
        ? t('indicators.checklist.adherenceNone')
        : t('indicators.checklist.adherence', {
            percent: formatPercent(adherence.percent),
            yes: adherence.yes,
            applicable,
          })}
      {adherence.unanswered > 0 && (
        <Text span fw={400} c="dimmed" size="sm">
          {' · '}
          {t('indicators.checklist.unanswered', { count: adherence.unanswered })}
        </Text>
      )}
    </Text>
  );
}

function ChecklistForm({ checklist }: { checklist: Checklist }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const [drafts, setDrafts] = useState<Drafts>(() => draftsOf(checklist));
  const save = useAnswerChecklist(checklist.courtCaseId);
  const changes = changedAnswers(checklist, drafts);
  const errors = fieldErrors(save.error);
  const set = (id: string, patch: Partial<Drafts[string]>) =>
    setDrafts((d) => ({ ...d, [id]: { ...(d[id] ?? { answer: null, on: '' }), ...patch } }));

  if (checklist.items.length === 0) return <Text>{t('indicators.checklist.empty')}</Text>;
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (changes.length > 0) {
          save.mutate(changes, { onSuccess: () => notify(t('indicators.checklist.saved')) });
        }
      }}
    >
      <Stack gap="md">
        <Text size="sm">{t('indicators.checklist.intro')}</Text>
        <AdherenceLine adherence={checklist.adherence} />
        <ApiErrorAlert error={save.error} shownFields={Object.keys(errors)} />
        <Stack gap="sm" component="ol" className="standards-list" p={0} m={0}>
          {checklist.items.map((item, index) => {
            const label = locale === 'km' ? item.labelKm : item.labelEn;
            const draft = drafts[item.id] ?? { answer: null, on: '' };
            // The server names fields by their place in the list it was sent.
            const at = changes.findIndex((c) => c.itemId === item.id);
            const fieldError = (f: string) => (at >= 0 ? errors[`answers.${at}.${f}`] : undefined);
            return (
              <Paper component="li" key={item.id} withBorder p="sm" bg={item.active ? undefined : 'gray.0'}>
                <Stack gap={6}>
                  <Text fw={600} size="sm">
                    {index + 1}. {label}
                    {!item.active && (
                      <Text span c="dimmed" size="xs">
                        {' '}
                        ({t('indicators.checklist.inactive')})
                      </Text>
                    )}
                  </Text>
                  {checklist.canEdit ? (
                    <Group align="flex-end" gap="md" wrap="wrap">
                      <Radio.Group
                        aria-label={t('indicators.checklist.itemGroup', { label })}
                        value={draft.answer ?? NONE}
                        onChange={(v) => set(item.id, { answer: v === NONE ? null : (v as StandardAnswer) })}
                        error={fieldError('itemId') ?? fieldError('answer')}
                      >
                        <Group gap="md" wrap="wrap">
                          {STANDARD_ANSWERS.map((a) => (
                            <Radio
                              key={a}
                              value={a}
                              label={t(`indicators.answer.${a}`)}
                              disabled={!item.active && draft.answer !== a}
                            />
                          ))}
                          <Radio value={NONE} label={t('indicators.answer.none')} />
                        </Group>
                      </Radio.Group>
                      {draft.answer !== null && (
                        <TextInput
                          type="date"
                          size="xs"
                          label={t('indicators.checklist.on')}
                          value={draft.on}
                          max={todayIso()}
                          disabled={!item.active}
                          onChange={(e) => set(item.id, { on: e.currentTarget.value })}
                          error={fieldError('on')}
                          w={170}
                        />
                      )}
                    </Group>
                  ) : (
                    <Text size="sm">
                      {t(`indicators.answer.${item.answer ?? NONE}`)}
                      {item.on && ` · ${formatDate(item.on, locale)}`}
                    </Text>
                  )}
                </Stack>
              </Paper>
            );
          })}
        </Stack>
        {checklist.canEdit && (
          <Group justify="flex-end" gap="sm">
            {changes.length === 0 && (
              <Text size="sm" c="dimmed" mr="auto" aria-live="polite">
                {t('indicators.checklist.noChanges')}
              </Text>
            )}
            <Button type="submit" loading={save.isPending} disabled={changes.length === 0}>
              {t('indicators.checklist.save')}
            </Button>
          </Group>
        )}
      </Stack>
    </form>
  );
}
