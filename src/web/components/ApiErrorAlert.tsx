import { Alert, List } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { apiErrorMessage, fieldErrors } from '../errors.ts';

type Props = {
  error: unknown;
  /** Fields the form shows under its inputs; any other field's message is listed here so none is lost. */
  shownFields?: readonly string[];
};

/** A translated error above a form or a table; nothing when there is no error. */
export function ApiErrorAlert({ error, shownFields = [] }: Props) {
  const { t } = useTranslation();
  if (!error) return null;
  const others = Object.entries(fieldErrors(error)).filter(([field]) => !shownFields.includes(field));
  return (
    <Alert color="red" variant="light" role="alert" icon={<IconAlertTriangle aria-hidden />}>
      {apiErrorMessage(t, error)}
      {others.length > 0 && (
        <List size="sm" mt="xs">
          {others.map(([field, message]) => (
            <List.Item key={field}>{field === '_' ? message : `${field}: ${message}`}</List.Item>
          ))}
        </List>
      )}
    </Alert>
  );
}
