/** What a visitor chose in the filter bar (as opposed to the element's fixed attributes). */
export interface FilterState {
  /** City code(s), comma-separated; '' for every city. */
  city: string;
  /** Topic id(s), comma-separated; '' for every topic. */
  topic: string;
  /** One day (`YYYY-MM-DD`, edition zone); '' for every day. */
  day: string;
  free: boolean;
  youth: boolean;
  /** Search text. */
  q: string;
  /** Only starred events. */
  plan: boolean;
}

export const EMPTY_FILTERS: FilterState = {
  city: '',
  topic: '',
  day: '',
  free: false,
  youth: false,
  q: '',
  plan: false,
};

/** The filter controls, as named in the `filters` attribute. */
export type FilterControl = 'city' | 'topic' | 'day' | 'free' | 'youth' | 'search' | 'plan';
export const FILTER_CONTROLS: readonly FilterControl[] = [
  'city',
  'topic',
  'day',
  'free',
  'youth',
  'search',
  'plan',
];

/** How many filters differ from `defaults` (shown on the phone's "筛选(2)" button). */
export function activeFilterCount(state: FilterState, defaults: FilterState): number {
  return (Object.keys(state) as (keyof FilterState)[]).filter((key) => state[key] !== defaults[key])
    .length;
}
