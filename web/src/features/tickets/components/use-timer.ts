import { useCallback, useEffect, useState } from 'react';

const keyOf = (ticketId: string) => `guichet.timer.${ticketId}`;

function readStart(ticketId: string): number | null {
  try {
    const raw = window.localStorage.getItem(keyOf(ticketId));
    const value = raw === null ? NaN : Number(raw);
    return Number.isFinite(value) ? value : null;
  } catch {
    return null;
  }
}

/** Elapsed milliseconds → whole minutes, rounded up, at least 1 (capped at a day). */
export function timerMinutes(elapsedMs: number): number {
  return Math.min(1440, Math.max(1, Math.ceil(elapsedMs / 60_000)));
}

/** 3723000 → « 1:02:03 ». */
export function formatElapsed(elapsedMs: number): string {
  const seconds = Math.max(0, Math.floor(elapsedMs / 1000));
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${Math.floor(seconds / 3600)}:${pad(Math.floor(seconds / 60) % 60)}:${pad(seconds % 60)}`;
}

/**
 * A stopwatch per ticket whose start time lives in localStorage, so it survives a reload.
 * `stop()` clears it and answers the minutes to log.
 */
export function useTimer(ticketId: string) {
  const [startedAt, setStartedAt] = useState<number | null>(() => readStart(ticketId));
  const [now, setNow] = useState(() => Date.now());

  useEffect(() => {
    setStartedAt(readStart(ticketId));
  }, [ticketId]);

  useEffect(() => {
    if (startedAt === null) return;
    setNow(Date.now());
    const interval = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(interval);
  }, [startedAt]);

  const start = useCallback(() => {
    const at = Date.now();
    try {
      window.localStorage.setItem(keyOf(ticketId), String(at));
    } catch {
      // Private mode: the timer still runs, it just won't survive a reload.
    }
    setNow(at);
    setStartedAt(at);
  }, [ticketId]);

  const stop = useCallback((): number => {
    const minutes = timerMinutes(startedAt === null ? 0 : Date.now() - startedAt);
    try {
      window.localStorage.removeItem(keyOf(ticketId));
    } catch {
      // Nothing stored.
    }
    setStartedAt(null);
    return minutes;
  }, [startedAt, ticketId]);

  return { running: startedAt !== null, elapsedMs: startedAt === null ? 0 : Math.max(0, now - startedAt), start, stop };
}
