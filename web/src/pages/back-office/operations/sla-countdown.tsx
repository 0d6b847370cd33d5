import { useEffect, useState } from 'react';
import { useTexts } from '../../../i18n/language.tsx';
import { formatDateTime } from '../../../i18n/format.ts';
import { faultLabels, slaTone } from './fault-labels.ts';
import type { SlaClock, SlaStatus } from './fault-types.ts';

/*
 * The live SLA countdown (vn:6.4.10): it ticks every second from the server's deadlines, on the
 * server's clock (the browser's clock plus the offset the server's answer showed), so a clock moved
 * on the server — in a test, or a browser whose clock is off — still counts right.
 */

/** How far the server's clock is ahead of the browser's, from the instant the server answered. */
export function serverOffsetOf(serverNow: string | undefined): number {
  if (!serverNow) return 0;
  const at = Date.parse(serverNow);
  return Number.isNaN(at) ? 0 : at - Date.now();
}

/** The server's time now, in milliseconds, renewed every second. */
export function useServerNow(offset: number): number {
  const [now, setNow] = useState(() => Date.now() + offset);
  useEffect(() => {
    setNow(Date.now() + offset);
    const timer = setInterval(() => setNow(Date.now() + offset), 1000);
    return () => clearInterval(timer);
  }, [offset]);
  return now;
}

/** Where a running clock stands at `now`: it may have passed its warning or maximum since read. */
export function liveStatus(status: SlaStatus, sla: SlaClock | null, now: number): SlaStatus {
  if (!sla || (status !== 'running' && status !== 'warning')) return status;
  if (now > Date.parse(sla.maximumBy)) return 'breached';
  if (now >= Date.parse(sla.warnAt)) return 'warning';
  return 'running';
}

/** 5:04:03 — hours may run past 24; a clock counts elapsed hours. */
export function formatDuration(milliseconds: number): string {
  const seconds = Math.floor(Math.abs(milliseconds) / 1000);
  const hours = Math.floor(seconds / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${hours}:${pad(minutes)}:${pad(seconds % 60)}`;
}

const texts = {
  nl: {
    ...faultLabels.nl,
    toMaximum: 'tot maximum',
    pastMaximum: 'over maximum',
    toAverage: 'tot gemiddelde',
    maximum: 'Maximum',
    warned: 'Gewaarschuwd',
    breachedAt: 'Overschrijding vastgelegd',
  },
  en: {
    ...faultLabels.en,
    toMaximum: 'to the maximum',
    pastMaximum: 'past the maximum',
    toAverage: 'to the average',
    maximum: 'Maximum',
    warned: 'Warned',
    breachedAt: 'Breach recorded',
  },
};

/** The clock status in words (and colour), with the countdown while the clock runs. */
export function SlaCountdown({
  status,
  sla,
  now,
  compact = false,
}: {
  readonly status: SlaStatus;
  readonly sla: SlaClock | null;
  readonly now: number;
  readonly compact?: boolean;
}) {
  const t = useTexts(texts);
  const shown = liveStatus(status, sla, now);
  const badge = <span className={`badge ${slaTone(shown)}`}>{t.sla[shown]}</span>;
  if (!sla || (shown !== 'running' && shown !== 'warning' && shown !== 'breached')) return badge;
  const toMaximum = Date.parse(sla.maximumBy) - now;
  const toAverage = Date.parse(sla.averageBy) - now;
  return (
    <span className="sla-countdown">
      {badge}{' '}
      <span role="timer" className={slaTone(shown)}>
        {formatDuration(toMaximum)} {toMaximum >= 0 ? t.toMaximum : t.pastMaximum}
      </span>
      {!compact && toAverage > 0 ? (
        <span className="muted">
          {' '}
          · {formatDuration(toAverage)} {t.toAverage}
        </span>
      ) : null}
      {compact ? null : (
        <span className="muted">
          {' '}
          · {t.maximum} {formatDateTime(sla.maximumBy)}
        </span>
      )}
      {sla.warnedAt ? (
        <span className="muted">
          {' '}
          · {t.warned} {formatDateTime(sla.warnedAt)}
        </span>
      ) : null}
    </span>
  );
}
