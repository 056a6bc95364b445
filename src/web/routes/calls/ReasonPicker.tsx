import { Checkbox, SimpleGrid, Stack, Text } from '@mantine/core';
import type { GetInputPropsReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { CALL_REASON_GROUPS } from '../../../shared/calls.ts';
import { useCallLabels } from './labels.ts';

/** The two-level reasons of a call: one checkbox per reason, under its group's heading. */
export function ReasonPicker({ id, input }: { id: string; input: GetInputPropsReturnType }) {
  const { t } = useTranslation();
  const labels = useCallLabels();
  return (
    <Checkbox.Group
      id={id}
      label={t('calls.form.reasons')}
      description={t('calls.form.reasonsHint')}
      required
      withAsterisk={false}
      {...input}
    >
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm" mt="xs">
        {Object.entries(CALL_REASON_GROUPS).map(([group, codes]) => (
          <fieldset key={group} className="calls-reason-group">
            <Text component="legend" fw={700} size="sm">
              {labels.reasonGroup(group)}
            </Text>
            <Stack gap={8}>
              {codes.map((code) => (
                <Checkbox key={code} value={code} label={labels.reason(code)} />
              ))}
            </Stack>
          </fieldset>
        ))}
      </SimpleGrid>
    </Checkbox.Group>
  );
}
