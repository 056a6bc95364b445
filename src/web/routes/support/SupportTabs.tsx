import { Badge, Tabs } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSupportLabels } from './labels.ts';
import { SUPPORT_TABS, type SupportCaseSearch, type SupportTab } from './support-tabs.ts';
import type { SupportDetail } from './support-types.ts';

const route = getRouteApi('/app/support/$id');

type Props = { supportCase: SupportDetail; panels: Record<SupportTab, ReactNode> };

/** The parts of a case, one at a time, so a phone shows a short page. The open tab is in the address. */
export function SupportTabs({ supportCase: c, panels }: Props) {
  const { t } = useTranslation();
  const labels = useSupportLabels();
  const { tab = 'overview' } = route.useSearch() as SupportCaseSearch;
  const navigate = route.useNavigate();
  const counts: Partial<Record<SupportTab, number>> = {
    services: c.services.length,
    followUps: c.followUps.filter((f) => !f.doneOn).length,
  };
  return (
    <Tabs
      value={tab}
      onChange={(value) =>
        void navigate({ search: (value && value !== 'overview' ? { tab: value } : {}) as never, replace: true })
      }
      keepMounted={false}
    >
      <Tabs.List aria-label={t('support.tabs')}>
        {SUPPORT_TABS.map((key) => (
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
      {SUPPORT_TABS.map((key) => (
        <Tabs.Panel key={key} value={key} pt="md">
          {panels[key]}
        </Tabs.Panel>
      ))}
    </Tabs>
  );
}
