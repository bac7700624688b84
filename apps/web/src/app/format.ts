import dayjs from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';

dayjs.extend(utc);
dayjs.extend(timezone);

/** Every time is shown in Beijing time, whatever the browser's zone. */
export const CHINA_TZ = 'Asia/Shanghai';

export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  return dayjs(iso).tz(CHINA_TZ).format('YYYY-MM-DD HH:mm:ss');
}

/** Today's calendar date in China (YYYY-MM-DD). */
export function todayInChina(): string {
  return dayjs().tz(CHINA_TZ).format('YYYY-MM-DD');
}

/** Weekday name of a YYYY-MM-DD date in the current dayjs locale. */
export function weekdayOf(date: string): string {
  return dayjs(date, 'YYYY-MM-DD').format('dddd');
}

export { dayjs };
