import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { select, sharedArgTypes, storyOnly, text } from './arg-types.js';
import type { SxClient } from '../src/client/types.js';
import type { Edition, ProgrammeEvent } from '../src/feed/types.js';
import { memoryClient, stateOptions } from '../test/support/memory-client.js';
import { edition } from './sample-edition.js';
import eventsJson from '../src/data/shanxi-2025/events.json';
import '../widgets/countdown/countdown.js';

type Phase = 'before' | 'during' | 'after' | 'live';
type State = 'embedded' | 'ready' | 'loading' | 'error' | 'stale' | 'next-edition';

interface CountdownArgs {
  to?: string;
  event?: string;
  format?: 'days' | 'dhm' | 'dhms';
  variant?: 'inline' | 'card' | 'banner';
  lang?: string;
  theme?: 'light' | 'dark' | 'auto';
  'sync-clock'?: boolean;
  src?: string;
  /** Set by `phase`; listed for the manifest's `now` attribute. */
  now?: string;
  /** Story-only: a frozen instant in each phase of the week, or `live` (the real clock). */
  phase?: Phase;
  /** Story-only: which state the in-memory feed is in (`embedded`: no client at all). */
  state?: State;
  /** Story-only: a fixed width, e.g. 375 for a phone. */
  width?: number;
}

/** Frozen instants: the news-site example (12 天 08:14:05), day 3, and after the close. */
const NOW: Record<Exclude<Phase, 'live'>, string> = {
  before: '2025-05-11T15:45:55+08:00',
  during: '2025-05-26T10:00:00+08:00',
  after: '2025-06-10T09:00:00+08:00',
};

const events = eventsJson as unknown as ProgrammeEvent[];

/** A client answering from memory in the story's state (no network). */
function storyClient(state: State): SxClient | undefined {
  if (state === 'embedded') return undefined;
  const withNext: Edition = {
    ...edition,
    nextEdition: {
      title: '2026年山西省科技活动周',
      url: 'https://example.org/shanxi-2026',
      start: '2026-05-23',
    },
  };
  return memoryClient(
    'edition',
    { events },
    {
      ...stateOptions(state === 'next-edition' ? 'ready' : state, new Date('2025-05-10T06:05:00Z')),
      edition: state === 'next-edition' ? withNext : edition,
    },
  );
}

const meta: Meta<CountdownArgs> = {
  title: 'Widgets/sx-countdown',
  tags: ['autodocs'],
  component: 'sx-countdown',
  args: { phase: 'before', state: 'embedded', variant: 'inline', format: 'dhms' },
  argTypes: {
    ...sharedArgTypes,
    now: { control: false, description: 'Set by the story-only `phase` control.' },
    to: text,
    event: text,
    phase: storyOnly(
      select(['before', 'during', 'after', 'live']),
      'A frozen instant before, during or after the week (sets `now`); live: the real clock.',
    ),
    state: {
      ...sharedArgTypes.state,
      ...select(['embedded', 'ready', 'loading', 'error', 'stale', 'next-edition']),
    },
    variant: select(['inline', 'card', 'banner']),
    format: select(['dhms', 'dhm', 'days']),
    'sync-clock': {
      description:
        "Correct a visitor's wrong clock by the feed server's `Date` header. It needs `src` and a real server: the in-memory feeds of these stories have no server clock, so nothing changes here (the console says so).",
    },
  },
  render: (args) => {
    const phase = args.phase ?? 'before';
    const element = html`<sx-countdown
      to=${ifDefined(args.to)}
      event=${ifDefined(args.event)}
      format=${ifDefined(args.format)}
      variant=${ifDefined(args.variant)}
      lang=${ifDefined(args.lang)}
      theme=${ifDefined(args.theme)}
      now=${ifDefined(phase === 'live' ? undefined : NOW[phase])}
      ?sync-clock=${args['sync-clock']}
      src=${ifDefined(args.src)}
      .client=${args.src ? undefined : storyClient(args.state ?? 'embedded')}
      ><time datetime="2025-05-24">5月24日开幕</time></sx-countdown
    >`;
    const inText = (countdown: TemplateResult) =>
      args.variant === 'inline' || !args.variant
        ? html`<p style="font-size: 17px; line-height: 1.7; margin: 0">
            山西新闻网讯 ${countdown}，全省各地将举办一系列科普活动。
          </p>`
        : countdown;
    return args.width
      ? html`<div style="width: ${args.width}px; max-width: 100%; border: 1px dashed #c5ccd6">
          ${inText(element)}
        </div>`
      : html`${inText(element)}${nothing}`;
  },
};
export default meta;

type Story = StoryObj<CountdownArgs>;

/** The news-site line: "距2025年山西省科技活动周开幕还有 12 天 08:14:05". */
export const InlineBefore: Story = {};
export const InlineDuring: Story = { args: { phase: 'during' } };
/** In a narrow column: the phrase wraps between words ("…开幕 / 还有", "第 3 天" whole). */
export const InlineNarrow: Story = { args: { phase: 'during', width: 150 } };
export const InlineAfter: Story = { args: { phase: 'after' } };

export const CardBefore: Story = { args: { variant: 'card' } };
export const CardDuring: Story = { args: { variant: 'card', phase: 'during' } };
export const CardAfter: Story = { args: { variant: 'card', phase: 'after' } };
/** After the week, when the feed names the next edition. */
export const CardAfterNextEdition: Story = {
  args: { variant: 'card', phase: 'after', state: 'next-edition' },
};

export const BannerBefore: Story = { args: { variant: 'banner' } };
export const BannerDuring: Story = { args: { variant: 'banner', phase: 'during' } };
export const BannerAfter: Story = {
  args: { variant: 'banner', phase: 'after', state: 'next-edition' },
};

/** A school page: Science Workers Day (30 May). */
export const WorkersDay: Story = { args: { variant: 'card', to: 'workers-day' } };
/** The organisers: the report deadline (15 June), in days. */
export const ReportDeadline: Story = {
  args: { variant: 'card', to: 'report-deadline', format: 'days', phase: 'after' },
};
/** Any instant (read in the edition's zone without an offset), hours and minutes. */
export const Instant: Story = { args: { to: '2025-05-30T14:00', format: 'dhm' } };
/** One event of the programme (this one loads the programme, on purpose). */
export const OneEvent: Story = {
  args: { variant: 'card', event: events[0]?.id, state: 'ready', phase: 'before' },
};

export const English: Story = { args: { lang: 'en' } };
export const EnglishCardDuring: Story = { args: { lang: 'en', variant: 'card', phase: 'during' } };
export const EnglishBannerAfter: Story = {
  args: { lang: 'en', variant: 'banner', phase: 'after', state: 'next-edition' },
};
export const Dark: Story = { args: { variant: 'card', theme: 'dark', phase: 'during' } };
export const DarkEnglishBanner: Story = { args: { variant: 'banner', theme: 'dark', lang: 'en' } };

/** A phone: the inline phrase wraps with the text; the banner wraps onto two lines. */
export const Phone: Story = {
  args: { width: 375, lang: 'en' },
  globals: { viewport: { value: 'mobile1', isRotated: false } },
};
export const PhoneBanner: Story = {
  args: { width: 375, variant: 'banner', phase: 'during' },
  globals: { viewport: { value: 'mobile1', isRotated: false } },
};

/** The real clock: ticks every second (one timer for the whole page). */
export const Live: Story = {
  args: { phase: 'live', to: new Date(Date.now() + 90_000).toISOString(), variant: 'card' },
};

/** A feed that never answers: the page's fallback content stays in place. */
export const Loading: Story = { args: { variant: 'card', state: 'loading' } };
/** The network failed: a sentence and a retry button. */
export const ErrorState: Story = { name: 'Error', args: { variant: 'card', state: 'error' } };
/** Offline: the last good copy (a countdown is computed from the target, so it is still right). */
export const Stale: Story = { args: { variant: 'card', state: 'stale' } };

/** Restyled through the public tokens only. */
export const Themed: Story = {
  args: { variant: 'card' },
  render: (args, context) =>
    html`<div
      style="--sx-color-accent: #8a1c1c; --sx-radius: 0; --sx-countdown-digits-size: 2.6em; max-width: 28rem"
    >
      ${meta.render!(args, context)}
    </div>`,
};
