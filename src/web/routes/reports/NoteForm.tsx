import { Button, Stack, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../components/ApiErrorAlert.tsx';
import { Section } from '../../components/Section.tsx';
import { fieldErrors } from '../../errors.ts';
import { notify } from '../../notify.ts';
import type { useReportMutations } from './reports-api.ts';

type Props = { mutation: ReturnType<typeof useReportMutations>['note'] };

/** An internal note: encrypted on the server, and never shown to the reporter. */
export function NoteForm({ mutation }: Props) {
  const { t } = useTranslation();
  const form = useForm({
    initialValues: { body: '' },
    validate: { body: (v) => (v.trim() ? null : t('validation.required')) },
  });
  return (
    <Section id="report-note" title={t('reports.addNoteTitle')}>
      <form
        onSubmit={form.onSubmit(({ body }) =>
          mutation.mutate(body.trim(), {
            onSuccess: () => {
              form.reset();
              notify(t('reports.noteAdded'));
            },
            onError: (err) => form.setErrors(fieldErrors(err)),
          }),
        )}
        noValidate
      >
        <Stack gap="sm">
          <ApiErrorAlert error={mutation.error} shownFields={['body']} />
          <Textarea
            label={t('reports.noteLabel')}
            description={t('reports.noteHint')}
            autosize
            minRows={3}
            maxRows={12}
            maxLength={20_000}
            required
            withAsterisk={false}
            {...form.getInputProps('body')}
          />
          <Button type="submit" loading={mutation.isPending} w="fit-content">
            {t('reports.addNote')}
          </Button>
        </Stack>
      </form>
    </Section>
  );
}
