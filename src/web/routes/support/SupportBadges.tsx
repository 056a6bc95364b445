import { Badge } from '@mantine/core';
import type { RiskLevel, SupportStatus } from '../../../shared/support.ts';
import { RISK_COLOURS, STATUS_COLOURS, useSupportLabels } from './labels.ts';

export function SupportStatusBadge({ status }: { status: SupportStatus }) {
  const labels = useSupportLabels();
  return (
    <Badge color={STATUS_COLOURS[status]} variant="light" c="dark" style={{ textTransform: 'none' }}>
      {labels.status(status)}
    </Badge>
  );
}

export function RiskBadge({ risk }: { risk: RiskLevel }) {
  const labels = useSupportLabels();
  return (
    <Badge color={RISK_COLOURS[risk]} variant="light" c="dark" style={{ textTransform: 'none' }}>
      {labels.risk(risk)}
    </Badge>
  );
}
