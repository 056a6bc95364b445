import { Badge } from '@mantine/core';
import type { InvestigationStatus } from '../../../shared/investigations.ts';
import type { InvolvementRole } from '../../../shared/people.ts';
import { ROLE_COLOURS, STATUS_COLOURS, useInvestigationLabels } from './labels.ts';

/** Badges cut their text short when a column is narrow; these few words must always show in full. */
const NO_TRUNCATION = { label: { overflow: 'visible' } };

/** A dot of colour beside the status in words, in the normal text colour (contrast stays high). */
export function InvestigationStatusBadge({ status }: { status: InvestigationStatus }) {
  const labels = useInvestigationLabels();
  return (
    <Badge variant="dot" color={STATUS_COLOURS[status] ?? 'gray'} tt="none" c="dark" styles={NO_TRUNCATION}>
      {labels.status(status)}
    </Badge>
  );
}

export function RoleBadge({ role }: { role: InvolvementRole }) {
  const labels = useInvestigationLabels();
  return (
    <Badge variant="outline" color={ROLE_COLOURS[role] ?? 'gray'} tt="none" c="dark" styles={NO_TRUNCATION}>
      {labels.role(role)}
    </Badge>
  );
}
