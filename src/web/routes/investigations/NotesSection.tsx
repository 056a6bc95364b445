import { Button, Group, Paper, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconNotes } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../components/ApiErrorAlert.tsx';
import { EncryptedHint } from '../../components/EncryptedHint.tsx';
import { Section } from '../../components/Section.tsx';
import { fieldErrors } from '../../errors.ts';
import { formatDateTime } from '../../format.ts';
import { currentLocale } from '../../i18n/index.ts';
import { notify } from '../../notify.ts';
import { mayDo, newestFirst } from './helpers.ts';
import type { InvestigationDetail } from './investigation-types.ts';
import type { InvestigationMutations } from './investigations-api.ts';

type Props = { investigation: InvestigationDetail; mutation: InvestigationMutations['note'] };

/**
 * The activity log. Newest first: the log grows long, the latest entries are
 * what the team reads most, and a note just written appears right under the
 * form it was written in.
 */
export function NotesSection({ investigation: inv, mutation }: Props) {
  const { t } = useTranslation();
  const locale = currentLocale();
  return (
    <Section id="inv-notes" title={t('investigations.notes.title')}>
      {mayDo(inv, 'note') && <NoteForm mutation={mutation} />}
      {inv.notes.length === 0 ? (
        <Text size="sm">{t('investigations.notes.none')}</Text>
      ) : (
        <>
          <Text size="xs" c="dimmed" mb={6}>
            {t('investigations.notes.order')}
          </Text>
          <Stack component="ol" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
            {newestFirst(inv.notes).map((n) => (
              <Paper key={n.id} component="li" withBorder p="sm" bg="gray.0">
                <Group gap={6} mb={4} wrap="wrap">
                  <IconNotes size={16} aria-hidden />
                  <Text size="sm" fw={700} span>
                    {n.authorName ?? t('investigations.history.system')}
                  </Text>
                  <Text size="xs" c="dimmed" span>
                    <time dateTime={n.createdAt}>{formatDateTime(n.createdAt, locale)}</time>
                  </Text>
                </Group>
                <Text size="sm" className="inv-prose">
                  {n.body}
                </Text>
              </Paper>
            ))}
          </Stack>
        </>
      )}
    </Section>
  );
}

function NoteForm({ mutation }: { mutation: InvestigationMutations['note'] }) {
  const { t } = useTranslation();
  const form = useForm({
    initialValues: { body: '' },
    validate: { body: (v) => (v.trim() ? null : t('validation.required')) },
  });
  return (
    <form
      noValidate
      onSubmit={form.onSubmit(({ body }) =>
        mutation.mutate(
          { body: body.trim() },
          {
            onSuccess: () => {
              notify(t('investigations.notes.added'));
              form.reset();
            },
            onError: (err) => form.setErrors(fieldErrors(err)),
          },
        ),
      )}
    >
      <Stack gap="xs" mb="md">
        <ApiErrorAlert error={mutation.error} shownFields={['body']} />
        <Textarea
          label={t('investigations.notes.label')}
          description={<EncryptedHint text={t('investigations.encrypted')} />}
          autosize
          minRows={2}
          maxRows={12}
          maxLength={20_000}
          required
          withAsterisk={false}
          {...form.getInputProps('body')}
        />
        <Button type="submit" variant="light" w="fit-content" loading={mutation.isPending}>
          {t('investigations.notes.add')}
        </Button>
      </Stack>
    </form>
  );
}
