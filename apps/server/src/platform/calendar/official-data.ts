/**
 * The State Council's holiday arrangements (国务院办公厅关于某年部分节假日安排的通知), as seed
 * data for the calendar tables. Every day of each official break is listed, weekends included, so
 * the admin UI can show whole breaks; the calendar itself only needs weekday holidays and weekend
 * make-up days. Each day is cross-checked against the `chinese-days` package in the tests.
 *
 * When next year's notice appears (usually Oct–Dec), add it here AND through the admin UI: deadlines
 * reaching an unlisted year throw CalendarGapError by design.
 */
import { WorkingCalendar, type IsoDate, type SpecialDay } from './working-days';

export type HolidayName = '元旦' | '春节' | '清明节' | '劳动节' | '端午节' | '中秋节' | '国庆节';

export interface OfficialSpecialDay extends SpecialDay {
  readonly name: HolidayName;
}

export interface OfficialHolidayYear {
  readonly year: number;
  /** The notice's title, with its document number only where verified. */
  readonly source: string;
  readonly days: readonly OfficialSpecialDay[];
}

function off(name: HolidayName, ...dates: IsoDate[]): OfficialSpecialDay[] {
  return dates.map((date) => ({ date, kind: 'holiday', name }));
}

function work(name: HolidayName, ...dates: IsoDate[]): OfficialSpecialDay[] {
  return dates.map((date) => ({ date, kind: 'workday', name }));
}

// https://www.gov.cn/zhengce/zhengceku/202411/content_6986383.htm
const year2025: OfficialHolidayYear = {
  year: 2025,
  source: '国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号）',
  days: [
    // 元旦：1月1日（周三）放假1天，不调休。
    ...off('元旦', '2025-01-01'),
    // 春节：1月28日（除夕、周二）至2月4日（正月初七、周二）放假调休，共8天。1月26日（周日）、2月8日（周六）上班。
    ...off('春节', '2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31'),
    ...off('春节', '2025-02-01', '2025-02-02', '2025-02-03', '2025-02-04'),
    ...work('春节', '2025-01-26', '2025-02-08'),
    // 清明节：4月4日（周五）至6日（周日）放假，共3天。
    ...off('清明节', '2025-04-04', '2025-04-05', '2025-04-06'),
    // 劳动节：5月1日（周四）至5日（周一）放假调休，共5天。4月27日（周日）上班。
    ...off('劳动节', '2025-05-01', '2025-05-02', '2025-05-03', '2025-05-04', '2025-05-05'),
    ...work('劳动节', '2025-04-27'),
    // 端午节：5月31日（周六）至6月2日（周一）放假，共3天。
    ...off('端午节', '2025-05-31', '2025-06-01', '2025-06-02'),
    // 国庆节、中秋节：10月1日（周三）至8日（周三）放假调休，共8天。9月28日（周日）、10月11日（周六）上班。
    // 中秋 (10/6) falls inside the merged break; one name keeps the break contiguous in the UI.
    ...off('国庆节', '2025-10-01', '2025-10-02', '2025-10-03', '2025-10-04'),
    ...off('国庆节', '2025-10-05', '2025-10-06', '2025-10-07', '2025-10-08'),
    ...work('国庆节', '2025-09-28', '2025-10-11'),
  ],
};

// https://www.gov.cn/zhengce/zhengceku/202511/content_7047091.htm (issued 2025-11-04). The document
// number is omitted because it could not be checked against the original.
const year2026: OfficialHolidayYear = {
  year: 2026,
  source: '国务院办公厅关于2026年部分节假日安排的通知',
  days: [
    // 元旦：1月1日（周四）至3日（周六）放假调休，共3天。1月4日（周日）上班。
    ...off('元旦', '2026-01-01', '2026-01-02', '2026-01-03'),
    ...work('元旦', '2026-01-04'),
    // 春节：2月15日（腊月二十八、周日）至23日（正月初七、周一）放假调休，共9天。2月14日（周六）、2月28日（周六）上班。
    ...off('春节', '2026-02-15', '2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19'),
    ...off('春节', '2026-02-20', '2026-02-21', '2026-02-22', '2026-02-23'),
    ...work('春节', '2026-02-14', '2026-02-28'),
    // 清明节：4月4日（周六）至6日（周一）放假，共3天。
    ...off('清明节', '2026-04-04', '2026-04-05', '2026-04-06'),
    // 劳动节：5月1日（周五）至5日（周二）放假调休，共5天。5月9日（周六）上班。
    ...off('劳动节', '2026-05-01', '2026-05-02', '2026-05-03', '2026-05-04', '2026-05-05'),
    ...work('劳动节', '2026-05-09'),
    // 端午节：6月19日（周五）至21日（周日）放假，共3天。
    ...off('端午节', '2026-06-19', '2026-06-20', '2026-06-21'),
    // 中秋节：9月25日（周五）至27日（周日）放假，共3天。
    ...off('中秋节', '2026-09-25', '2026-09-26', '2026-09-27'),
    // 国庆节：10月1日（周四）至7日（周三）放假调休，共7天。9月20日（周日）、10月10日（周六）上班。
    ...off('国庆节', '2026-10-01', '2026-10-02', '2026-10-03', '2026-10-04'),
    ...off('国庆节', '2026-10-05', '2026-10-06', '2026-10-07'),
    ...work('国庆节', '2026-09-20', '2026-10-10'),
  ],
};

export const OFFICIAL_HOLIDAY_YEARS: readonly OfficialHolidayYear[] = [year2025, year2026];

/** A calendar from the bundled notices only; production reads the (admin-editable) DB tables. */
export function createOfficialCalendar(): WorkingCalendar {
  return new WorkingCalendar({
    years: OFFICIAL_HOLIDAY_YEARS.map((entry) => entry.year),
    days: OFFICIAL_HOLIDAY_YEARS.flatMap((entry) => entry.days),
  });
}
