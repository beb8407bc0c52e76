/**
 * The line under a Storybook story that shows what `sync-url`, `no-json-ld` and `heading-level`
 * change (stories/effect-readout.ts, #15): rendered from the real stories, it reads what the
 * widget did to the page, and follows a control's change and the visitor's filters.
 */
import { expect } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';
import eventsMeta from '../../stories/events.stories.js';
import labMapMeta from '../../stories/lab-map.stories.js';
import type { SxEvents } from '../../widgets/events/events.js';
import type { SxLabMap } from '../../widgets/lab-map/lab-map.js';
import { choose, part } from './lab-map-fixtures.js';

type Render = (args: Record<string, unknown>, context: never) => TemplateResult;
const frame = () => new Promise((done) => requestAnimationFrame(done));

describe('Storybook readouts', () => {
  let host: HTMLElement;
  const url = location.href;
  beforeEach(() => {
    host = document.createElement('div');
    document.body.append(host);
  });
  afterEach(() => {
    render(null, host);
    host.remove();
    history.replaceState(null, '', url);
  });

  async function story<T extends HTMLElement>(
    meta: { args?: object; render?: unknown },
    tag: string,
    args: Record<string, unknown>,
  ): Promise<{ widget: T; line: () => string }> {
    render((meta.render as Render)({ ...meta.args, ...args }, {} as never), host);
    const widget = host.querySelector<T>(tag)!;
    await (widget as unknown as { loaded: Promise<unknown> }).loaded;
    await frame();
    await frame();
    return { widget, line: () => host.querySelector('.story-readout')!.textContent! };
  }

  it('<sx-events>: the URL sync-url writes, the JSON-LD, the headings’ level', async () => {
    const { widget, line } = await story<SxEvents>(eventsMeta, 'sx-events', {
      'sync-url': true,
      'heading-level': 4,
      limit: 5,
    });
    expect(line()).to.contain('Page URL: no filter yet');
    expect(line()).to.contain('JSON-LD: none (sample events are not offered to search engines)');
    expect(line()).to.contain('Headings: 5 × h4');
    choose(part(widget, 'filter-city'), '140100');
    await widget.updateComplete;
    await frame();
    await frame();
    expect(line()).to.contain('Page URL: ?sx-city=140100');
    expect(location.search).to.contain('sx-city=140100');
  });

  it('<sx-events>: no-json-ld and sync-url off, said so', async () => {
    const { line } = await story<SxEvents>(eventsMeta, 'sx-events', {
      'no-json-ld': true,
      limit: 3,
    });
    expect(line()).to.contain('Page URL: left alone (sync-url off)');
    expect(line()).to.contain('JSON-LD: off (no-json-ld)');
    expect(line()).to.contain('Headings: 3 × h3');
  });

  it('<sx-lab-map>: the level follows the control', async () => {
    const { widget, line } = await story<SxLabMap>(labMapMeta, 'sx-lab-map', {
      'heading-level': 2,
      limit: 2,
    });
    expect(line()).to.equal('Headings: 2 × h2');
    render(
      (labMapMeta.render as Render)(
        { ...labMapMeta.args, 'heading-level': 5, limit: 2 },
        {} as never,
      ),
      host,
    );
    await widget.updateComplete;
    await frame();
    await frame();
    expect(line()).to.equal('Headings: 2 × h5');
  });
});
