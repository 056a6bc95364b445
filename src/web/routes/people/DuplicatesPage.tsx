import { Anchor, Button, Notification, Stack, Text, Title } from '@mantine/core';
import { IconArrowBackUp, IconArrowLeft } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../components/ApiErrorAlert.tsx';
import { RequirePermission } from '../../components/RequirePermission.tsx';
import { PageLoader } from '../../components/RootLayout.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { keptAndMerged, unbroken } from './labels.ts';
import { MergeModal, PairCard } from './PairCard.tsx';
import { useDecision, useDuplicates, useUndoMerge } from './people-api.ts';
import type { DuplicatePair } from './people-types.ts';

export function DuplicatesPage() {
  return (
    <RequirePermission permission="people:merge">
      <DuplicatesScreen />
    </RequirePermission>
  );
}

/** What was last decided, shown in a notice at the top of the list (with Undo after a merge). */
type Notice =
  | { kind: 'merged'; mergeId: string; kept: string; merged: string }
  | { kind: 'undone'; kept: string; merged: string }
  | { kind: 'different'; a: string; b: string };

/**
 * The managers' review of possible duplicates: each pair side by side, why
 * Komar thinks they may be one person, and the decision. A merge can be undone.
 */
function DuplicatesScreen() {
  const { t } = useTranslation();
  usePageTitle(t('people.duplicates.title'));
  const pairs = useDuplicates();
  const decision = useDecision();
  const undo = useUndoMerge();
  const [confirming, setConfirming] = useState<DuplicatePair | null>(null);
  const [deciding, setDeciding] = useState<DuplicatePair | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const noticeRef = useRef<HTMLDivElement>(null);
  const statusRef = useRef<HTMLParagraphElement>(null);
  // After a decision its pair leaves the list: keyboard focus goes to the notice that reports it.
  const [focusNotice, setFocusNotice] = useState(false);
  useEffect(() => {
    if (focusNotice && notice) {
      noticeRef.current?.focus();
      setFocusNotice(false);
    }
  }, [focusNotice, notice]);

  const decide = (pair: DuplicatePair, choice: 'same' | 'different') => {
    undo.reset();
    setDeciding(pair);
    decision.mutate(
      { pair, decision: choice },
      {
        onSuccess: ({ mergeId }) => {
          setConfirming(null);
          if (choice === 'same' && mergeId) {
            const { kept, merged } = keptAndMerged(pair);
            setNotice({ kind: 'merged', mergeId, kept: unbroken(kept.pseudonym), merged: unbroken(merged.pseudonym) });
          } else {
            const { kept, merged } = keptAndMerged(pair);
            setNotice({ kind: 'different', a: unbroken(kept.pseudonym), b: unbroken(merged.pseudonym) });
          }
          setFocusNotice(true);
        },
      },
    );
  };

  const undoMerge = (n: Extract<Notice, { kind: 'merged' }>) =>
    undo.mutate(n.mergeId, {
      onSuccess: () => {
        setNotice({ kind: 'undone', kept: n.kept, merged: n.merged });
        setFocusNotice(true);
      },
    });

  const closeNotice = () => {
    setNotice(null);
    undo.reset();
    statusRef.current?.focus();
  };

  const items = pairs.data ?? [];
  return (
    <Stack gap="md">
      <Anchor
        size="sm"
        renderRoot={(props) => <Link to="/people" {...props} />}
        style={{ alignSelf: 'flex-start', display: 'inline-flex', alignItems: 'center', gap: 4 }}
      >
        <IconArrowLeft size={14} aria-hidden />
        {t('people.search.title')}
      </Anchor>
      <Title order={1}>{t('people.duplicates.title')}</Title>
      <Text maw="48rem">{t('people.duplicates.intro')}</Text>
      {notice && (
        <Notification
          ref={noticeRef}
          tabIndex={-1}
          role="status"
          color={notice.kind === 'merged' ? 'teal' : 'blue'}
          title={noticeTitle(notice)}
          withBorder
          maw="60rem"
          // Focused after a decision: scrolled clear of the fixed header.
          style={{ scrollMarginTop: 76 }}
          // Mantine's grey description falls below 4.5:1 on white.
          styles={{ description: { color: 'var(--mantine-color-text)' } }}
          onClose={closeNotice}
          closeButtonProps={{ 'aria-label': t('common.close') }}
        >
          <Stack gap="xs" align="flex-start">
            <Text size="sm">{noticeText(notice)}</Text>
            {notice.kind === 'merged' && (
              <Button
                size="xs"
                variant="light"
                leftSection={<IconArrowBackUp size={14} aria-hidden />}
                loading={undo.isPending}
                onClick={() => undoMerge(notice)}
              >
                {t('people.undo.button')}
              </Button>
            )}
            <ApiErrorAlert error={undo.error} />
          </Stack>
        </Notification>
      )}
      <ApiErrorAlert error={pairs.error} />
      {pairs.isPending ? (
        <PageLoader />
      ) : (
        <>
          <Text fw={700} role="status" ref={statusRef} tabIndex={-1}>
            {items.length === 0
              ? t('people.duplicates.none')
              : t('people.duplicates.count', { n: items.length >= 100 ? '100+' : items.length })}
          </Text>
          {items.length > 0 && (
            <Stack component="ul" gap="md" p={0} m={0} maw="60rem" style={{ listStyle: 'none' }}>
              {items.map((pair) => (
                <PairCard
                  key={`${pair.a.id}:${pair.b.id}`}
                  pair={pair}
                  busy={decision.isPending && deciding === pair}
                  error={!confirming && deciding === pair ? decision.error : null}
                  onSame={() => {
                    decision.reset();
                    setConfirming(pair);
                  }}
                  onDifferent={() => decide(pair, 'different')}
                />
              ))}
            </Stack>
          )}
        </>
      )}
      <MergeModal
        pair={confirming}
        pending={decision.isPending}
        error={confirming ? decision.error : null}
        onConfirm={(pair) => decide(pair, 'same')}
        onClose={() => {
          decision.reset();
          setConfirming(null);
        }}
      />
    </Stack>
  );

  function noticeTitle(n: Notice) {
    if (n.kind === 'merged') return t('people.notice.mergedTitle');
    if (n.kind === 'undone') return t('people.notice.undoneTitle');
    return t('people.notice.differentTitle');
  }

  function noticeText(n: Notice) {
    if (n.kind === 'merged') return t('people.notice.merged', { kept: n.kept, merged: n.merged });
    if (n.kind === 'undone') return t('people.notice.undone', { kept: n.kept, merged: n.merged });
    return t('people.notice.different', { a: n.a, b: n.b });
  }
}
