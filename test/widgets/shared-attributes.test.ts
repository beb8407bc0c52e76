/**
 * The one attribute policy (widgets/shared/attribute-rules.ts): for every widget and every kind of
 * rule, a bad value logs one warning in the one shape and the property takes the default.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../widgets/all.js';
import {
  checkAttribute,
  choice,
  instant,
  isoDate,
  wholeNumber,
  type AttributeRules,
} from '../../widgets/shared/attribute-rules.js';
import { isIsoDate } from '../../src/feed/iso-date.js';
import { CASE_NOW, widgetIn, type WidgetTag } from '../support/widget-cases.js';

/** Applies `rules` to `values` as SxElement does; returns the warnings. */
function check(rules: AttributeRules, values: Record<string, unknown>) {
  const warnings: [string, string][] = [];
  for (const key in rules) {
    const attribute = key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
    const refused = checkAttribute(rules[key]!, attribute, values[key]);
    if (!refused) continue;
    warnings.push([key, refused.warning]);
    values[key] = refused.fallback;
  }
  return warnings;
}

describe('checkAttribute', () => {
  it('choices: a value not listed becomes the first, with one warning', () => {
    for (const bad of ['grid', 'LIST', ' list', '', '<b>x</b>', '__proto__']) {
      const values = { view: bad };
      const warnings = check({ view: choice(['list', 'agenda']) }, values);
      expect(values.view, bad).to.equal('list');
      expect(warnings, bad).to.deep.equal([
        ['view', `view=${JSON.stringify(bad)} is not list, agenda; using list.`],
      ]);
    }
    const good = { view: 'agenda' };
    expect(check({ view: choice(['list', 'agenda']) }, good)).to.deep.equal([]);
    expect(good.view).to.equal('agenda');
  });

  it('whole numbers: out of range, fractions, NaN and infinity fall back', () => {
    for (const bad of [1, 6, 2.5, Number.NaN, Number.POSITIVE_INFINITY, -3]) {
      const values = { headingLevel: bad };
      const warnings = check({ headingLevel: wholeNumber(2, 5, 3) }, values);
      expect(values.headingLevel, String(bad)).to.equal(3);
      expect(warnings[0]![1]).to.equal(
        `heading-level="${bad}" is not a whole number from 2 to 5; using 3.`,
      );
    }
    const good = { headingLevel: 5 };
    expect(check({ headingLevel: wholeNumber(2, 5, 3) }, good)).to.deep.equal([]);
  });

  it('dates and instants: a bad one is ignored; an empty one is absent', () => {
    for (const bad of ['2025-13-45', '2025-02-30', 'tomorrow', '20250530', ' ']) {
      const values: Record<string, unknown> = { date: bad };
      const warnings = check({ date: isoDate(isIsoDate) }, values);
      expect(values['date'], bad).to.equal(undefined);
      expect(warnings[0]![1]).to.match(/^date=".*" is not a YYYY-MM-DD date; ignored\.$/);
    }
    for (const bad of ['soon', '2025-05-30T25:00', 'x'.repeat(100)]) {
      const values: Record<string, unknown> = { now: bad };
      const warnings = check({ now: instant('using the real clock') }, values);
      expect(values['now'], bad).to.equal(undefined);
      expect(warnings[0]![1]).to.match(/is not an ISO 8601 instant; using the real clock\.$/);
    }
    const empty = { date: '', now: undefined };
    expect(check({ date: isoDate(isIsoDate), now: instant('') }, empty)).to.deep.equal([]);
    expect(empty.date).to.equal('');
  });

  it('a rule may derive the fallback from the refused value', () => {
    const rules: AttributeRules = {
      rotate: {
        problem: (value) => ((value as number) >= 5 ? undefined : 'is short'),
        fallback: (value: number) => (value > 0 ? 5 : 0),
      },
    };
    const short = { rotate: 2 };
    expect(check(rules, short)[0]![1]).to.equal('rotate="2" is short; using 5.');
    expect(short.rotate).to.equal(5);
    const negative = { rotate: -1 };
    check(rules, negative);
    expect(negative.rotate).to.equal(0);
  });

  it('quotes a crafted value short, with line breaks escaped (no forged console line)', () => {
    const values = { view: `list\n<sx-events> all is well${'x'.repeat(500)}` };
    const [[, message]] = check({ view: choice(['list']) }, values) as [[string, string]];
    expect(message.length).to.be.below(120);
    expect(message).not.to.contain('\n');
    expect(message).to.contain('list\\n<sx-events>');
  });
});

/** Bad values of each element, the warning each must give, and the property's value after. */
const CASES: Record<
  WidgetTag,
  [attribute: string, value: string, property: string, after: unknown, warning: string][]
> = {
  'sx-events': [
    ['view', 'grid', 'view', 'list', 'view="grid" is not list, agenda, compact; using list.'],
    ['group-by', 'week', 'groupBy', 'none', 'group-by="week" is not none, day, city; using none.'],
    [
      'time-zone',
      'mars',
      'timeZone',
      'edition',
      'time-zone="mars" is not edition, local, both; using edition.',
    ],
    ['limit', '-3', 'limit', 20, 'limit="-3" is not a whole number from 1 to '],
    ['limit', 'abc', 'limit', 20, 'limit="NaN" is not a whole number from 1 to '],
    [
      'from',
      '2025-13-45',
      'from',
      undefined,
      'from="2025-13-45" is not a YYYY-MM-DD date; ignored.',
    ],
    ['to', 'soon', 'to', undefined, 'to="soon" is not a YYYY-MM-DD date; ignored.'],
    [
      'filters',
      'search,colour',
      'filters',
      'search',
      'filters="search,colour" names unknown controls (colour); using search.',
    ],
    [
      'filters',
      'colour',
      'filters',
      'none',
      'filters="colour" names unknown controls (colour); using none.',
    ],
    [
      'heading-level',
      '6',
      'headingLevel',
      3,
      'heading-level="6" is not a whole number from 2 to 5; using 3.',
    ],
    ['theme', 'neon', 'theme', 'auto', 'theme="neon" is not auto, light, dark; using auto.'],
  ],
  'sx-countdown': [
    ['format', 'weeks', 'format', 'dhms', 'format="weeks" is not dhms, dhm, days; using dhms.'],
    [
      'variant',
      'huge',
      'variant',
      'inline',
      'variant="huge" is not inline, card, banner; using inline.',
    ],
    ['theme', 'DARK', 'theme', 'auto', 'theme="DARK" is not auto, light, dark; using auto.'],
  ],
  'sx-story-card': [
    ['pick', 'best', 'pick', 'latest', 'pick="best" is not latest, daily, random; using latest.'],
    [
      'variant',
      'poster',
      'variant',
      'card',
      'variant="poster" is not card, compact, feature; using card.',
    ],
    ['rotate', '2', 'rotate', 5, 'rotate="2" is not 0 or ≥ 5 s; using 5.'],
    ['rotate', '-4', 'rotate', 0, 'rotate="-4" is not 0 or ≥ 5 s; using 0.'],
    [
      'heading-level',
      '1',
      'headingLevel',
      3,
      'heading-level="1" is not a whole number from 2 to 6; using 3.',
    ],
  ],
  'sx-lab-map': [
    ['view', 'map', 'view', 'map+list', 'view="map" is not map+list, list; using map+list.'],
    [
      'basemap-crs',
      'bd09',
      'basemapCrs',
      undefined,
      'basemap-crs="bd09" is not wgs84 or gcj02; using wgs84.',
    ],
    [
      'date',
      '2025-02-30',
      'date',
      undefined,
      'date="2025-02-30" is not a YYYY-MM-DD date; ignored.',
    ],
    ['limit', '0', 'limit', 6, 'limit="0" is not a whole number from 1 to '],
    [
      'heading-level',
      '7',
      'headingLevel',
      3,
      'heading-level="7" is not a whole number from 2 to 6; using 3.',
    ],
  ],
};

describe('every widget checks its attributes one way', () => {
  for (const [tag, cases] of Object.entries(CASES) as [WidgetTag, (typeof CASES)[WidgetTag]][]) {
    for (const [attribute, value, property, after, warning] of cases) {
      it(`<${tag} ${attribute}="${value}"> warns once and uses ${String(after)}`, async () => {
        const warnings: string[] = [];
        const original = console.warn;
        console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
        let element!: HTMLElement & { loaded: Promise<void>; requestUpdate(): void };
        try {
          element = widgetIn(tag, 'data') as typeof element;
          element.setAttribute('now', CASE_NOW);
          element.setAttribute(attribute, value);
          await fixture(html`<div>${element}</div>`);
          await element.loaded;
          element.requestUpdate();
          await element.loaded;
        } finally {
          console.warn = original;
        }
        expect((element as unknown as Record<string, unknown>)[property]).to.equal(after);
        const own = warnings.filter((w) => w.startsWith(`<${tag}>`));
        expect(own).to.have.length(1);
        expect(own[0]).to.contain(`<${tag}> ${warning}`);
      });
    }
  }
});

describe('a value set from script', () => {
  it('is checked as the attribute is, once, and an unchanged property is not checked again', async () => {
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
    let element!: HTMLElement & { loaded: Promise<void>; view: string; requestUpdate(): void };
    try {
      element = widgetIn('sx-lab-map', 'data') as typeof element;
      await fixture(html`<div>${element}</div>`);
      await element.loaded;
      element.view = 'globe';
      await element.loaded;
      element.requestUpdate();
      await element.loaded;
    } finally {
      console.warn = original;
    }
    expect(element.view).to.equal('map+list');
    expect(warnings).to.deep.equal([
      '<sx-lab-map> view="globe" is not map+list, list; using map+list.',
    ]);
  });
});
