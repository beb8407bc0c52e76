import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { headingLevel, isoNow, select, sharedArgTypes, storyOnly, text } from './arg-types.js';
import { readout } from './effect-readout.js';
import '../widgets/story-card/story-card.js';
import type { SxStoryCard } from '../widgets/story-card/story-card.js';
import { sampleStories, storyCardClient, type StoryState } from './story-card-data.js';

interface StoryCardArgs {
  story?: string;
  pick?: 'latest' | 'daily' | 'random';
  topic?: string;
  honour?: string;
  spirit?: string;
  rotate?: number;
  variant?: 'card' | 'compact' | 'feature';
  'heading-level'?: number;
  src?: string;
  lang?: string;
  now?: string | number;
  theme?: 'light' | 'dark' | 'auto';
  /** Story-only: which state the in-memory feed is in. */
  state?: StoryState | 'embedded';
  /** Story-only: a fixed width, e.g. 375 for a phone or 300 for a side bar. */
  width?: number;
  /** Story-only: open the QR panel, or "read more", once loaded. */
  open?: 'qr' | 'more';
}

/** During the week: five of the seven sample stories are out, plus the two preview ones. */
const DURING_WEEK = '2025-05-30T15:00:00+08:00';

const meta: Meta<StoryCardArgs> = {
  title: 'Widgets/sx-story-card',
  tags: ['autodocs'],
  component: 'sx-story-card',
  args: { now: DURING_WEEK, variant: 'card', state: 'ready' },
  argTypes: {
    ...sharedArgTypes,
    story: text,
    topic: text,
    honour: text,
    spirit: text,
    pick: select(['latest', 'daily', 'random']),
    variant: select(['card', 'compact', 'feature']),
    state: {
      ...sharedArgTypes.state,
      ...select(['embedded', 'ready', 'loading', 'error', 'stale']),
    },
    open: storyOnly(
      select([undefined, 'qr', 'more']),
      'Opens the QR panel or "read more" once the card has loaded.',
    ),
    'heading-level': headingLevel,
  },
  render: (args) => {
    const client =
      args.state === 'embedded' || args.src
        ? undefined
        : storyCardClient(sampleStories, args.state);
    const element = html`<sx-story-card
      story=${ifDefined(args.story)}
      pick=${ifDefined(args.pick)}
      topic=${ifDefined(args.topic)}
      honour=${ifDefined(args.honour)}
      spirit=${ifDefined(args.spirit)}
      rotate=${ifDefined(args.rotate)}
      variant=${ifDefined(args.variant)}
      heading-level=${ifDefined(args['heading-level'])}
      src=${ifDefined(args.src)}
      lang=${ifDefined(args.lang)}
      now=${ifDefined(isoNow(args.now))}
      theme=${ifDefined(args.theme)}
      data-open=${ifDefined(args.open)}
      .client=${client}
    ></sx-story-card>`;
    const shows = readout('heading-level');
    return args.width
      ? html`${shows}
          <div style="width: ${args.width}px; max-width: 100%; border: 1px dashed #c5ccd6">
            ${element}
          </div>`
      : html`${shows}${element}`;
  },
  // Opens a panel once the card has loaded, so a story can show that state.
  play: async ({ canvasElement }) => {
    const card = canvasElement.querySelector<SxStoryCard>('sx-story-card');
    const open = card?.dataset['open'];
    if (!card || !open) return;
    await card.loaded;
    const selector = open === 'qr' ? '[part~=qr-toggle]' : '[part~=read-more], [part~=expand]';
    card.shadowRoot?.querySelector<HTMLElement>(selector)?.click();
  },
};
export default meta;

type Story = StoryObj<StoryCardArgs>;

/** The latest published story, as a card. */
export const Card: Story = { args: { width: 520 } };

/** A card given a whole 1280 px page: the portrait beside the text, lines of a readable length. */
export const CardWide: Story = {
  args: { story: 'preview-portrait', open: 'more', width: 1248 },
};

/** A university home page: one chosen story, wide, with a portrait and a quote. */
export const Feature: Story = { args: { variant: 'feature', story: 'preview-portrait' } };

/**
 * A feature without a portrait: the initial and the name on a panel in the edition's tint, the
 * headline beside them as a pull quote (from 40em; below, the card's layout).
 */
export const FeatureMonogram: Story = { args: { variant: 'feature', story: 'sample-story-02' } };

/** The same in English on dark: the panel is a deep tint of the accent, not a light slab. */
export const FeatureMonogramDarkEnglish: Story = {
  args: { variant: 'feature', story: 'sample-story-02', theme: 'dark', lang: 'en' },
};

/** A museum's side bar: one line and a thumbnail, rotating every 10 seconds. */
export const CompactRotating: Story = {
  args: { variant: 'compact', rotate: 10, width: 320 },
};

export const CompactOpen: Story = {
  args: { variant: 'compact', story: 'preview-portrait', width: 320, open: 'more' },
};

/** Rotating through the stories on dedication; pauses on hover and focus. */
export const Rotating: Story = { args: { rotate: 8, spirit: 'dedication', width: 520 } };

/** The same story for every visitor today (in Beijing time). */
export const Daily: Story = { args: { pick: 'daily', width: 520 } };

/** A news article about one person: honours with years, spirit, the full text open. */
export const ReadMoreOpen: Story = { args: { story: 'sample-story-04', open: 'more', width: 520 } };

/** The QR code of the story's link, for WeChat. */
export const QrCode: Story = { args: { story: 'preview-portrait', open: 'qr', width: 520 } };

/** The portrait fails to load: the first letter of the name instead. */
export const BrokenPortrait: Story = { args: { story: 'preview-broken-image', width: 520 } };

export const English: Story = {
  args: { lang: 'en', variant: 'feature', story: 'preview-portrait' },
};

export const Dark: Story = {
  args: { theme: 'dark', variant: 'feature', story: 'preview-portrait' },
};

export const DarkEnglishRotating: Story = {
  args: { theme: 'dark', lang: 'en', rotate: 8, width: 520 },
};

/** A phone: the feature stacks into a card. */
export const Phone: Story = {
  args: { width: 375, variant: 'feature', story: 'preview-portrait' },
  globals: { viewport: { value: 'mobile1', isRotated: false } },
};

export const PhoneEnglishDark: Story = {
  args: { width: 375, lang: 'en', theme: 'dark', open: 'qr' },
  globals: { viewport: { value: 'mobile1', isRotated: false } },
};

/** A feed that never answers: the skeleton reserves the space. */
export const Loading: Story = { args: { state: 'loading', width: 520 } };

/** The network failed: a sentence, retry, and the official page. */
export const ErrorState: Story = { name: 'Error', args: { state: 'error', width: 520 } };

export const ErrorEnglish: Story = { args: { state: 'error', lang: 'en', width: 520 } };

/** Nothing matches the filters: what to change. */
export const Empty: Story = { args: { honour: 'national-engineer', topic: 'health', width: 520 } };

/** A story id that is not in the feed. */
export const NotFound: Story = { args: { story: 'no-such-story', width: 520 } };

/** Offline: the last good copy, with a banner saying from when. */
export const Stale: Story = { args: { state: 'stale', width: 520 } };

/** The embedded edition through the real client. */
export const Embedded: Story = { args: { state: 'embedded', width: 520 } };

/** Restyled through the public tokens only. */
export const Themed: Story = {
  args: { variant: 'feature', story: 'preview-portrait' },
  render: (args, context) =>
    html`<div
      style="--sx-color-accent: #8a1c1c; --sx-color-highlight: #9a5b00; --sx-radius: 0; --sx-font-size: 15px; --sx-space: 0.45rem"
    >
      ${meta.render!(args, context)}
    </div>`,
};
