import { Alert } from '@mantine/core';
import { IconAlertOctagon, IconCircleCheck } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api.ts';
import type { AuditVerification } from '../../api-types.ts';
import { ApiErrorAlert } from '../../components/ApiErrorAlert.tsx';
import { PageLoader } from '../../components/RootLayout.tsx';

/** Whether the hash chain still verifies: the first thing an auditor needs to know. */
export function AuditChainBanner() {
  const { t } = useTranslation();
  const verify = useQuery({
    queryKey: ['audit', 'verify'],
    queryFn: () => api<AuditVerification>('GET', '/api/audit/verify'),
  });
  if (verify.isPending) return <PageLoader />;
  if (verify.error) return <ApiErrorAlert error={verify.error} />;
  const v = verify.data;
  if (v.ok) {
    return (
      <Alert
        color="teal"
        variant="outline"
        c="dark"
        icon={<IconCircleCheck aria-hidden />}
        title={t('audit.chainOkTitle')}
      >
        {t('audit.chainOk', { n: v.checked })}
        {v.unsealed > 0 && ` ${t('audit.unsealed', { n: v.unsealed })}`}
      </Alert>
    );
  }
  return (
    <Alert
      color="red"
      variant="filled"
      role="alert"
      icon={<IconAlertOctagon aria-hidden />}
      title={t('audit.chainBrokenTitle')}
    >
      {t('audit.chainBroken', { seq: v.firstBroken?.seq ?? '?', reason: v.firstBroken?.reason ?? '' })}
    </Alert>
  );
}
