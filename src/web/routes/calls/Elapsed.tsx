import { Text } from '@mantine/core';
import { useInterval } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { durationBetween, fromLocalInput } from './call-form.ts';
import { useCallLabels } from './labels.ts';
import './calls.css';

/** The call's length so far (or in all, once ended); it ticks while the call runs. */
export function Elapsed({ startedAt, endedAt }: { startedAt: string; endedAt: string }) {
  const { t } = useTranslation();
  const labels = useCallLabels();
  const [now, setNow] = useState(() => Date.now());
  const ticker = useInterval(() => setNow(Date.now()), 1000);
  const running = !endedAt;
  useEffect(() => {
    if (!running) return;
    ticker.start();
    return ticker.stop;
  }, [running, ticker.start, ticker.stop]);
  const start = fromLocalInput(startedAt);
  const end = endedAt ? fromLocalInput(endedAt) : new Date(now).toISOString();
  const d = durationBetween(start, end);
  if (!d) return null;
  return (
    <Text size="sm" c="dimmed" role="timer" className="calls-elapsed">
      {t(running ? 'calls.form.running' : 'calls.form.duration', { duration: labels.duration(d) })}
    </Text>
  );
}
