import { Badge, Tabs } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { INVESTIGATION_TABS, type InvestigationTab } from './investigation-tabs.ts';
import type { InvestigationDetail } from './investigation-types.ts';
import { useInvestigationLabels } from './labels.ts';

const route = getRouteApi('/app/investigations/$id');

type Props = { investigation: InvestigationDetail; panels: Record<InvestigationTab, ReactNode> };

/**
 * The parts of an investigation, one at a time, so a phone shows a short
 * page. The open tab is in the address (replaced, not pushed: "back" leaves
 * the investigation rather than stepping through its tabs).
 */
export function InvestigationTabs({ investigation: inv, panels }: Props) {
  const { t } = useTranslation();
  const labels = useInvestigationLabels();
  const { tab = 'overview' } = route.useSearch();
  const navigate = route.useNavigate();
  const counts: Partial<Record<InvestigationTab, number>> = {
    people: inv.people.length,
    evidence: inv.evidence.length,
    police: inv.agencies.length,
  };
  return (
    <Tabs
      value={tab}
      onChange={(value) =>
        void navigate({
          search: value && value !== 'overview' ? { tab: value as Exclude<InvestigationTab, 'overview'> } : {},
          replace: true,
        })
      }
      keepMounted={false}
    >
      <Tabs.List aria-label={t('investigations.tabs')}>
        {INVESTIGATION_TABS.map((key) => (
          <Tabs.Tab
            key={key}
            value={key}
            rightSection={
              counts[key] ? (
                <Badge size="sm" variant="light" color="gray" c="dark" circle={(counts[key] ?? 0) < 10}>
                  {counts[key]}
                </Badge>
              ) : undefined
            }
          >
            {labels.tab(key)}
          </Tabs.Tab>
        ))}
      </Tabs.List>
      {INVESTIGATION_TABS.map((key) => (
        <Tabs.Panel key={key} value={key} pt="md">
          {panels[key]}
        </Tabs.Panel>
      ))}
    </Tabs>
  );
}
