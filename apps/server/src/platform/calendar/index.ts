export {
  CalendarGapError,
  WorkingCalendar,
  parseIsoDate,
  type CivilDate,
  type IsoDate,
  type SpecialDay,
  type SpecialDayKind,
  type WorkingCalendarInput,
} from './working-days';
export {
  OFFICIAL_HOLIDAY_YEARS,
  createOfficialCalendar,
  type HolidayName,
  type OfficialHolidayYear,
  type OfficialSpecialDay,
} from './official-data';
export { DeadlineCalendar, type Deadline, type DeadlineCalendarInput } from './deadline-calendar';
export {
  PROVISIONAL_LAW_FROM,
  legalHolidays,
  provisionalHolidays,
  provisionalYear,
  type LegalHoliday,
  type ProvisionalDay,
} from './provisional';
export {
  RECOMPUTE_JOB,
  type ProvisionalDeadlines,
  type RecomputeOutcome,
} from './deadlines';
