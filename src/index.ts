/**
 * sx-science-week SDK: the feed format of a Science and Technology Week (科技活动周), its
 * validation, a client, queries, time in the edition's zone, map links and ICS export.
 * No DOM and no Lit: runs in Node 20 and in browsers. Every export is named here on purpose.
 */

// The feed format.
export { SCHEMA_MAJOR, SCHEMA_VERSION } from './feed/types.js';
export type {
  Booking,
  Contact,
  DivisionCode,
  Edition,
  FeedDocument,
  FeedIssue,
  FeedManifest,
  Honour,
  ImageRef,
  IsoDate,
  IsoInstant,
  Lab,
  LabOpening,
  Milestone,
  OnlineLocation,
  ProgrammeEvent,
  RegionCity,
  Registration,
  ResourceRef,
  SafeUrl,
  SchemaVersion,
  Severity,
  Story,
  /** @deprecated Use `ProgrammeEvent`. */
  SxEvent,
  Term,
  Validated,
  Venue,
} from './feed/types.js';

// Errors.
export {
  FeedError,
  FeedHttpError,
  FeedNetworkError,
  FeedParseError,
  FeedTimeoutError,
  FeedValidationError,
  FeedVersionError,
} from './errors.js';

// Validation.
export {
  isManifest,
  validateEdition,
  validateEvents,
  validateFeed,
  validateLabs,
  validateStories,
} from './feed/validate.js';
export { safeUrl } from './feed/safe-url.js';

// The client.
export { createClient, sharedClient } from './client/client.js';
export type {
  ClientOptions,
  FeedResult,
  FeedStorage,
  MissingPart,
  ResultSource,
  RetryOptions,
  SxClient,
} from './client/types.js';

// Queries.
export type { EditionPhase, EventQuery, LabQuery, StoryQuery, TimeStatus } from './query/types.js';
export {
  countEvents,
  eventStatus,
  filterEvents,
  groupEventsByCity,
  groupEventsByDay,
  sortByStart,
  type EventCity,
  type EventDay,
  type GroupByDayOptions,
} from './query/events.js';
export { filterLabs, labOpenAt, labOpenOn, nextOpening } from './query/labs.js';
export { distanceKm, type LatLng } from './query/distance.js';
export { divisionContains } from './query/division.js';
export { filterStories, latestStory, storyOfTheDay } from './query/stories.js';
export {
  editionDayNumber,
  editionPhase,
  editionSpan,
  milestoneInstant,
  nextMilestone,
  timeRemaining,
  type TimeRemaining,
  type UpcomingMilestone,
} from './query/edition.js';
export { normalizeSearchText } from './text/normalize.js';

// Time, in the edition's zone.
export { toLang, type Lang } from './time/lang.js';
export { parseInstant } from './time/instant.js';
export {
  addZonedDays,
  endOfZonedDay,
  isIsoDate,
  startOfZonedDay,
  zonedDayKey,
  zonedWeekday,
} from './time/zoned.js';
export {
  formatDateRange,
  formatDay,
  formatEventTime,
  formatTime,
  type FormatDayOptions,
  type FormatOptions,
} from './time/format.js';
export {
  eventDays,
  formatEventOnDay,
  formatEventWhen,
  isMultiDay,
  type EventWhen,
} from './time/event-when.js';
export { utcOffsetLabel, zoneLabel } from './time/zone-label.js';
export { localTimeHint, visitorTimeZone, type LocalTimeHintOptions } from './time/visitor.js';

// Map links and calendars.
export {
  amapLink,
  baiduLink,
  gcj02ToBd09,
  isInChina,
  wgs84ToGcj02,
  type MapLinkOptions,
  type MapPlace,
} from './map-links.js';
export { eventsToIcs, icsFileName, type IcsOptions } from './ics.js';
