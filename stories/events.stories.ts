import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { headingLevel, isoNow, select, sharedArgTypes, storyOnly, text } from './arg-types.js';
import { readout } from './effect-readout.js';
import '../widgets/events/events.js';
import { manySampleEvents, sampleEvents, storyClient, type StoryState } from './events-data.js';

interface EventsArgs {
  city?: string;
  topic?: string;
  audience?: string;
  category?: string;
  from?: string;
  to?: string;
  q?: string;
  limit?: number;
  view?: 'list' | 'agenda' | 'compact';
  filters?: string;
  'group-by'?: 'day' | 'city' | 'none';
  'show-past'?: boolean;
  'time-zone'?: 'edition' | 'local' | 'both';
  'sync-url'?: boolean;
  'no-json-ld'?: boolean;
  'heading-level'?: number;
  debounce?: number;
  src?: string;
  lang?: string;
  now?: string | number;
  theme?: 'light' | 'dark' | 'auto';
  /** Story-only: which state the in-memory feed is in. */
  state?: StoryState | 'embedded';
  /** Story-only: how many events the in-memory feed holds (0: the 61 samples). */
  count?: number;
  /** Story-only: a fixed width, e.g. 375 for a phone. */
  width?: number;
}

/** During the week, so that "on now", "upcoming" and "ended" all show. */
const DURING_WEEK = '2025-05-30T15:00:00+08:00';

const meta: Meta<EventsArgs> = {
  title: 'Widgets/sx-events',
  tags: ['autodocs'],
  component: 'sx-events',
  args: { now: DURING_WEEK, view: 'list', state: 'ready', limit: 20, debounce: 250 },
  argTypes: {
    ...sharedArgTypes,
    // The manifest's default is the constant's name.
    limit: { table: { defaultValue: { summary: '20' } } },
    city: text,
    topic: text,
    audience: text,
    category: text,
    q: text,
    filters: text,
    from: text,
    to: text,
    view: select(['list', 'agenda', 'compact']),
    'group-by': select(['none', 'day', 'city']),
    'time-zone': select(['edition', 'local', 'both']),
    'sync-url': {
      description:
        'Keep the filters in the page URL (`?sx-city=…`), so a filtered view can be shared. The line above the story shows the URL.',
    },
    'no-json-ld': {
      description:
        'Do not write schema.org JSON-LD (the shown events, for search engines) into the page. The line above the story shows it; the sample events here are never written, a published feed (`src`) is.',
    },
    'heading-level': headingLevel,
    debounce: {
      control: { type: 'number', min: 0, step: 50 },
      description:
        'Milliseconds the search waits after the last keystroke (a property). Type in the search box to feel it.',
    },
    count: storyOnly(
      { control: { type: 'number' as const, min: 0 } },
      'How many events the in-memory feed holds (0: the 61 samples).',
    ),
    state: {
      ...sharedArgTypes.state,
      ...select(['embedded', 'ready', 'loading', 'error', 'stale']),
    },
  },
  render: (args) => {
    const client =
      args.state === 'embedded' || args.src
        ? undefined
        : storyClient(args.count ? manySampleEvents(args.count) : sampleEvents, args.state);
    const element = html`<sx-events
      city=${ifDefined(args.city)}
      topic=${ifDefined(args.topic)}
      audience=${ifDefined(args.audience)}
      category=${ifDefined(args.category)}
      from=${ifDefined(args.from)}
      to=${ifDefined(args.to)}
      q=${ifDefined(args.q)}
      limit=${ifDefined(args.limit)}
      view=${ifDefined(args.view)}
      filters=${ifDefined(args.filters)}
      group-by=${ifDefined(args['group-by'])}
      ?show-past=${args['show-past']}
      time-zone=${ifDefined(args['time-zone'])}
      ?sync-url=${args['sync-url']}
      ?no-json-ld=${args['no-json-ld']}
      heading-level=${ifDefined(args['heading-level'])}
      src=${ifDefined(args.src)}
      lang=${ifDefined(args.lang)}
      now=${ifDefined(isoNow(args.now))}
      theme=${ifDefined(args.theme)}
      .debounce=${args.debounce ?? 250}
      .client=${client}
    ></sx-events>`;
    const shows = readout('sync-url', 'no-json-ld', 'heading-level');
    return args.width
      ? html`${shows}
          <div style="width: ${args.width}px; max-width: 100%; border: 1px dashed #c5ccd6">
            ${element}
          </div>`
      : html`${shows}${element}`;
  },
};
export default meta;

type Story = StoryObj<EventsArgs>;

/** The 61 sample events of the embedded edition, as a list of cards. */
export const List: Story = {};

/** By day, with a time rail. */
export const Agenda: Story = { args: { view: 'agenda' } };

/** Dense rows for a sidebar or a long page. */
export const Compact: Story = { args: { view: 'compact', 'group-by': 'city' } };

/** The partner snippet of the brief: Taiyuan, AI, six at a time. */
export const TaiyuanAi: Story = {
  name: 'city="140100" topic="ai" limit="6"',
  args: { city: '140100', topic: 'ai', limit: 6, 'show-past': true },
};

export const English: Story = { args: { lang: 'en', view: 'agenda' } };

export const Dark: Story = { args: { theme: 'dark' } };

export const DarkEnglishCompact: Story = { args: { theme: 'dark', lang: 'en', view: 'compact' } };

/** A phone: the filters fold into a button. */
export const Phone: Story = {
  args: { width: 375 },
  globals: { viewport: { value: 'mobile1', isRotated: false } },
};

export const PhoneEnglishDark: Story = {
  args: { width: 375, lang: 'en', theme: 'dark' },
  globals: { viewport: { value: 'mobile1', isRotated: false } },
};

/** Times also in the visitor's own zone (shown only when it differs from Beijing time). */
export const BothTimeZones: Story = { args: { 'time-zone': 'both' } };

/** No filter bar, a fixed selection. */
export const NoFilters: Story = { args: { filters: 'none', category: 'lecture', limit: 5 } };

/** A feed that never answers: the skeleton reserves the space. */
export const Loading: Story = { args: { state: 'loading' } };

/** The network failed: a sentence, retry, and the official page. */
export const ErrorState: Story = { name: 'Error', args: { state: 'error' } };

export const ErrorEnglish: Story = { args: { state: 'error', lang: 'en' } };

/** Nothing matches: what to change. */
export const Empty: Story = { args: { q: '不存在的活动' } };

/** Offline: the last good copy, with a banner saying from when. */
export const Stale: Story = { args: { state: 'stale' } };

/** 5,000 events: paged, only a page of rows in the DOM. */
export const FiveThousand: Story = { name: '5,000 events', args: { count: 5000 } };

/** The embedded edition through the real client (no `now`: today's real status). */
export const Embedded: Story = { args: { state: 'embedded', now: undefined } };

/** Restyled through the public tokens only. */
export const Themed: Story = {
  render: (args, context) =>
    html`<div
      style="--sx-color-accent: #8a1c1c; --sx-color-highlight: #9a5b00; --sx-radius: 0; --sx-font-size: 15px; --sx-space: 0.45rem"
    >
      ${meta.render!(args, context)}
    </div>`,
};
