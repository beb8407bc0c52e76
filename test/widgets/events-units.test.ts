import { expect } from '@open-wc/testing';
import { MyPlan, planKey } from '../../widgets/events/my-plan.js';
import { EMPTY_FILTERS } from '../../widgets/events/filter-state.js';
import { readUrlState, urlWithState } from '../../widgets/events/url-state.js';
import { eventsJsonLdText } from '../../widgets/events/json-ld.js';
import { testEdition, testEvent } from '../support/fixture-edition.js';

describe('sx-events helpers', () => {
  it("url state: only sx- parameters change; the page's own and the hash stay", () => {
    const href = 'https://partner.example/page?id=7&sx-city=140200#programme';
    const next = urlWithState(
      href,
      { ...EMPTY_FILTERS, topic: 'ai', free: true, q: '机器人' },
      EMPTY_FILTERS,
    );
    const url = new URL(next);
    expect(url.searchParams.get('id')).to.equal('7');
    expect(url.searchParams.has('sx-city')).to.equal(false);
    expect(url.searchParams.get('sx-topic')).to.equal('ai');
    expect(url.searchParams.get('sx-q')).to.equal('机器人');
    expect(url.hash).to.equal('#programme');
    expect(readUrlState(url.search)).to.deep.equal({ topic: 'ai', q: '机器人', free: true });
  });

  it('url state: keeps a cleared preset as an empty value', () => {
    const preset = { ...EMPTY_FILTERS, city: '140100' };
    const url = new URL(urlWithState('https://p.example/', EMPTY_FILTERS, preset));
    expect(url.searchParams.get('sx-city')).to.equal('');
    expect(readUrlState(url.search).city).to.equal('');
  });

  it('my plan survives a storage that refuses writes or holds garbage', () => {
    const broken = {
      getItem: () => '{not json',
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
    };
    const plan = new MyPlan('shanxi-2025', broken);
    expect(plan.all).to.deep.equal([]);
    expect(plan.toggle('a')).to.equal(true);
    expect(plan.has('a')).to.equal(true);
    expect(planKey('shanxi-2025')).to.equal('sx-science-week:plan:shanxi-2025');
  });

  it('JSON-LD: venue and stream make a mixed event; unsafe URLs are left out', () => {
    const text = eventsJsonLdText(
      [
        testEvent({
          sample: false,
          online: { url: 'https://example.org/live', platform: 'x' },
          url: 'javascript:alert(1)',
        }),
      ],
      testEdition(),
    )!;
    const data = JSON.parse(text) as Record<string, unknown>;
    expect(data['eventAttendanceMode']).to.equal('https://schema.org/MixedEventAttendanceMode');
    expect(data['location']).to.have.length(2);
    expect(data).to.not.have.property('url');
    expect(data['organizer']).to.deep.equal({ '@type': 'Organization', name: '示例主办单位' });
  });
});
