import { expect, fixture, html } from '@open-wc/testing';
import '../../widgets/lab-map/lab-map.js';
import type { SxLabMap } from '../../widgets/lab-map/lab-map.js';
import { facilities, memoryClient, part, parts, SATURDAY_10 } from './lab-map-fixtures.js';

/** The language a node's text is in: its nearest `lang`. */
const langOf = (node: Element) => node.closest('[lang]')!.getAttribute('lang');

describe('<sx-lab-map> in English', () => {
  it('uses English addresses and notes from the feed', async () => {
    const [lab] = facilities();
    lab!.location = { ...lab!.location, addressEn: '1 Example Road, Taiyuan' };
    lab!.openings = lab!.openings.map((o) => ({
      ...o,
      notes: '请携带身份证件。',
      notesEn: 'Bring photo ID.',
    }));
    const map = await fixture<SxLabMap>(
      html`<sx-lab-map .client=${memoryClient([lab!])} now=${SATURDAY_10} lang="en"></sx-lab-map>`,
    );
    await map.loaded;
    const meta = part(map, 'item-meta')!;
    expect(meta.textContent).to.contain('1 Example Road, Taiyuan');
    expect(meta.textContent).to.not.contain('太原市示例路1号');
    const notes = map.shadowRoot!.querySelector('.notes')!;
    expect(notes.textContent!.trim()).to.equal('Bring photo ID.');
    expect(langOf(notes)).to.equal('en');
  });

  it('marks Chinese-only names, hosts, addresses and notes as zh-CN (WCAG 3.1.2)', async () => {
    const [lab] = facilities();
    delete lab!.nameEn;
    delete lab!.hostEn;
    lab!.openings = lab!.openings.map((o) => ({ ...o, notes: '学校团体请提前预约。' }));
    const map = await fixture<SxLabMap>(
      html`<sx-lab-map .client=${memoryClient([lab!])} now=${SATURDAY_10} lang="en"></sx-lab-map>`,
    );
    await map.loaded;
    const root = map.shadowRoot!;
    const chinese = [...root.querySelectorAll('[part~="item"] span.sx-phrases')];
    const texts = chinese.map((node) => node.textContent!.trim());
    expect(texts).to.include('煤化工重点实验室');
    expect(texts).to.include('示例研究院');
    expect(texts).to.include('太原市示例路1号');
    expect(texts).to.include('学校团体请提前预约。');
    for (const node of chinese) expect(langOf(node), node.textContent!).to.equal('zh-CN');
    await expect(map).to.be.accessible();
  });

  it('says Lüliang, and "Show more" for paging', async () => {
    const map = await fixture<SxLabMap>(
      html`<sx-lab-map now=${SATURDAY_10} lang="en" limit="2"></sx-lab-map>`,
    );
    await map.loaded;
    const labels = parts(map, 'tile').map((tile) => tile.textContent!);
    expect(labels.join()).to.contain('Lüliang');
    expect(labels.join()).to.not.contain('Lvliang');
    expect(part(map, 'load-more')!.textContent!.trim()).to.match(/^Show more/);
  });

  it('pages with 显示更多 in Chinese, and the empty state offers to clear the filters', async () => {
    const map = await fixture<SxLabMap>(
      html`<sx-lab-map now=${SATURDAY_10} limit="2"></sx-lab-map>`,
    );
    await map.loaded;
    expect(part(map, 'load-more')!.textContent!.trim()).to.match(/^显示更多/);
    map.kind = 'no-such-kind';
    await map.updateComplete;
    expect(part(map, 'clear-filters')).to.not.equal(null);
  });
});
