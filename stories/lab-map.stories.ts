import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { headingLevel, isoNow, select, sharedArgTypes, text } from './arg-types.js';
import { readout } from './effect-readout.js';
import '../widgets/lab-map/lab-map.js';
import { SYNTHETIC_CREDIT, basemaps, labStoryClient, type LabStoryState } from './lab-map-data.js';

interface LabMapArgs {
  city?: string;
  kind?: string;
  topic?: string;
  date?: string;
  'open-now'?: boolean;
  basemap?: string;
  'basemap-src'?: string;
  'basemap-crs'?: 'wgs84' | 'gcj02';
  'basemap-credit'?: string;
  view?: 'map+list' | 'list';
  limit?: number;
  'heading-level'?: number;
  src?: string;
  lang?: string;
  now?: string | number;
  theme?: 'light' | 'dark' | 'auto';
  /** Story-only: which state the in-memory feed is in. */
  state?: LabStoryState | 'embedded';
  /** Story-only: a fixed width, e.g. 375 for a phone. */
  width?: number;
}

/** Saturday of the week, mid-morning: some facilities are open now. */
const SATURDAY = '2025-05-31T10:00:00+08:00';

const meta: Meta<LabMapArgs> = {
  title: 'Widgets/sx-lab-map',
  tags: ['autodocs'],
  component: 'sx-lab-map',
  args: { now: SATURDAY, state: 'ready' },
  argTypes: {
    ...sharedArgTypes,
    city: text,
    kind: text,
    topic: text,
    date: text,
    basemap: text,
    'basemap-src': text,
    'basemap-credit': text,
    view: select(['map+list', 'list']),
    'basemap-crs': select(['wgs84', 'gcj02']),
    // The manifest's default is the constant's name.
    limit: { control: { type: 'number', min: 1 }, table: { defaultValue: { summary: '6' } } },
    'heading-level': headingLevel,
    state: {
      ...sharedArgTypes.state,
      ...select(['embedded', 'ready', 'loading', 'error', 'stale']),
    },
  },
  render: (args) => {
    const client = args.state === 'embedded' || args.src ? undefined : labStoryClient(args.state);
    const element = html`<sx-lab-map
      city=${ifDefined(args.city)}
      kind=${ifDefined(args.kind)}
      topic=${ifDefined(args.topic)}
      date=${ifDefined(args.date)}
      ?open-now=${args['open-now']}
      basemap=${ifDefined(args.basemap)}
      basemap-src=${ifDefined(args['basemap-src'])}
      basemap-crs=${ifDefined(args['basemap-crs'])}
      basemap-credit=${ifDefined(args['basemap-credit'])}
      view=${ifDefined(args.view)}
      limit=${ifDefined(args.limit)}
      heading-level=${ifDefined(args['heading-level'])}
      src=${ifDefined(args.src)}
      lang=${ifDefined(args.lang)}
      now=${ifDefined(isoNow(args.now))}
      theme=${ifDefined(args.theme)}
      .client=${client}
    ></sx-lab-map>`;
    const shows = readout('heading-level');
    return args.width
      ? html`${shows}
          <div style="width: ${args.width}px; max-width: 100%; border: 1px dashed #c5ccd6">
            ${element}
          </div>`
      : html`${shows}${element}`;
  },
};
export default meta;

type Story = StoryObj<LabMapArgs>;

const geo = {
  'basemap-src': basemaps.gcj02,
  'basemap-crs': 'gcj02',
  'basemap-credit': SYNTHETIC_CREDIT,
} as const;
const phone = { viewport: { value: 'mobile1', isRotated: false } };

/** The default: a schematic of the 11 cities (示意图), shaded by how many facilities open. */
export const Schematic: Story = {};

/** The Changzhi family: their city chosen at first (in the sample data it opens on 4 June). */
export const Changzhi: Story = {
  name: 'city="140400"',
  args: { city: '140400' },
};

/** One day: what opens on Saturday 31 May across the province. */
export const Saturday: Story = {
  name: 'date="2025-05-31"',
  args: { date: '2025-05-31' },
};

/** What is open right now (at the frozen `now`). */
export const OpenNow: Story = { args: { 'open-now': true } };

/** Only key laboratories. */
export const KeyLabs: Story = { args: { kind: 'key-lab' } };

export const SchematicEnglish: Story = { args: { lang: 'en' } };

export const SchematicDark: Story = { args: { theme: 'dark' } };

export const SchematicPhone: Story = { args: { width: 375 }, globals: phone };

export const SchematicPhoneEnglishDark: Story = {
  args: { width: 375, lang: 'en', theme: 'dark' },
  globals: phone,
};

/** A host's basemap in GCJ-02 (synthetic shapes here), with its credit; markers clustered. */
export const Geographic: Story = { args: { ...geo } };

/** The same shapes in WGS84 (the feed's own system: no conversion). */
export const GeographicWgs84: Story = {
  args: {
    'basemap-src': basemaps.wgs84,
    'basemap-crs': 'wgs84',
    'basemap-credit': SYNTHETIC_CREDIT,
  },
};

/** TopoJSON works as well as GeoJSON. */
export const GeographicTopoJson: Story = {
  args: { 'basemap-src': basemaps.topo, 'basemap-credit': SYNTHETIC_CREDIT },
};

export const GeographicEnglish: Story = { args: { ...geo, lang: 'en' } };

export const GeographicDark: Story = { args: { ...geo, theme: 'dark' } };

export const GeographicPhone: Story = { args: { ...geo, width: 375 }, globals: phone };

export const GeographicPhoneEnglishDark: Story = {
  args: { ...geo, width: 375, lang: 'en', theme: 'dark' },
  globals: phone,
};

/** The basemap cannot be loaded: the schematic, with a note. */
export const BasemapFails: Story = {
  args: { 'basemap-src': 'https://example.invalid/no-such-map.json' },
};

/** The list alone (e.g. a narrow column). */
export const ListOnly: Story = { args: { view: 'list' } };

/** A feed that never answers: the skeleton reserves the space. */
export const Loading: Story = { args: { state: 'loading' } };

export const ErrorState: Story = { name: 'Error', args: { state: 'error' } };

export const ErrorEnglish: Story = { args: { state: 'error', lang: 'en' } };

/** Nothing matches (a city with no facility on the embedded data): what to change. */
export const Empty: Story = { args: { city: '140900' } };

export const Stale: Story = { args: { state: 'stale' } };

/** The embedded edition through the real client (no `now`: today's real clock). */
export const Embedded: Story = { args: { state: 'embedded', now: undefined } };

/**
 * Restyled through the public tokens only, as a partner would: the tiles, the selected city,
 * badges and buttons take the accent, kept readable in both themes (toolbar).
 */
export const Themed: Story = {
  args: { city: '140100' },
  render: (args, context) =>
    html`<div
      style="--sx-color-accent: #8a1c1c; --sx-color-highlight: #9a5b00; --sx-radius: 0; --sx-font-size: 15px; --sx-space: 0.45rem"
    >
      ${meta.render!(args, context)}
    </div>`,
};
