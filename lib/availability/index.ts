// Weekly availability and time-zone arithmetic. Pure: no database, no framework.
export { convertEachWeekRange, convertWeekRanges, type ConvertedRange } from './convert-week-ranges';
export { formatDayRange } from './format-day-range';
export { formatWeeklyHours } from './format-weekly-hours';
export { overlapMinutes } from './overlap-minutes';
export { availabilityText, summarizeAvailability, type AvailabilityLine, type AvailabilitySummary } from './summarize-availability';
export { DEFAULT_WORKING_HOURS, MINUTES_PER_DAY, MINUTES_PER_WEEK, normalizeWeekRanges, rangesFromWindows, toMultirangeLiteral, type WeekRange, type WeeklyWindow } from './week-ranges';
export { instantOfWallClock, wallClockAt, zoneOffsetMs, type WallClock } from './zone-clock';
export { zoneCity } from './zone-city';
