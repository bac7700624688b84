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
