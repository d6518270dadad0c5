import { useEffect, useState } from 'react';

/**
 * "Now" on the server's clock, ticking every second: the offset between an answer's serverTime
 * and this browser's clock when the answer came (`receivedAt`) is kept, so a wrong clock on the
 * reader's machine moves no countdown.
 */
export function useServerNow(serverTime: string, receivedAt: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  return Date.parse(serverTime) + (now - receivedAt);
}
