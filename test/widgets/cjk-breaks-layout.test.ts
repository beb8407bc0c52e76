/**
 * Chinese line breaks as a reader sees them on a phone (320–480 px, zh-CN): the sample notice,
 * the status and sample badges and the countdown's closing sentence never leave one or two
 * characters alone on a line ("…活动安 / 排。") and never split a short word ("已 / 结束").
 * The lines are read from the laid-out glyphs, so any way of breaking (CSS, `<wbr>`) is checked.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../widgets/countdown/countdown.js';
import '../../widgets/events/events.js';
import '../../widgets/lab-map/lab-map.js';
import '../../widgets/story-card/story-card.js';
import type { SxCountdown } from '../../widgets/countdown/countdown.js';
import type { SxEvents } from '../../widgets/events/events.js';
import type { SxLabMap } from '../../widgets/lab-map/lab-map.js';
import {
  hanCount,
  orphanLines,
  shownChars,
  shownLines,
  wordBreaksShown,
} from '../support/line-breaks.js';
import { part, parts } from '../support/widget-helpers.js';
import { keepTogether } from '../../widgets/shared/keep-together.js';
import { phraseChunks } from '../../widgets/shared/phrases.js';

const WIDTHS = [320, 336, 352, 360, 375, 384, 400, 414, 432, 448, 464, 480];
const DURING = '2025-05-26T10:00:00+08:00';
/** After the close: events list the ended ones, the countdown says the week is over. */
const AFTER = '2025-06-10T09:00:00+08:00';

/** `element` inside a box whose width the test changes; layout is read synchronously. */
async function inBox<T extends HTMLElement>(template: unknown, lang = 'zh-CN') {
  const box = await fixture<HTMLElement>(
    html`<div lang=${lang} style="width: 480px; font-size: 16px">${template}</div>`,
  );
  const element = box.firstElementChild as T & { loaded: Promise<void> };
  await element.loaded;
  await wordBreaksShown();
  return { box, element };
}

/** Runs `check` at every width of a phone, with a label saying where it failed. */
function atEachWidth(box: HTMLElement, check: (where: string) => void): void {
  for (const width of WIDTHS) {
    box.style.width = `${width}px`;
    check(`${width}px`);
  }
}

describe('Chinese line breaks at phone widths', () => {
  it('the sample notice breaks after its commas, never before its last characters', async () => {
    for (const template of [
      html`<sx-lab-map now=${DURING}></sx-lab-map>`,
      html`<sx-events now=${DURING} limit="2"></sx-events>`,
    ]) {
      const { box, element } = await inBox<SxLabMap | SxEvents>(template);
      const notice = part(element, 'sample-notice');
      let wrapped = 0;
      atEachWidth(box, (where) => {
        const lines = shownLines(notice);
        expect(orphanLines(lines), `${where}: ${lines.join(' / ')}`).to.deep.equal([]);
        // Each line ends a clause: "以下为示例数据，仅供预览，" / "并非正式活动安排。"
        for (const line of lines) expect(line, where).to.match(/[，。]$/);
        wrapped += lines.length - 1;
      });
      // The notice did wrap at some of these widths (or nothing was tested).
      expect(wrapped).to.be.above(0);
      box.remove();
    }
  });

  it('the English notice leaves no word alone on its last line', async () => {
    const { box, element } = await inBox<SxLabMap>(
      html`<sx-lab-map now=${DURING}></sx-lab-map>`,
      'en',
    );
    const notice = part(element, 'sample-notice');
    for (const width of [200, 240, 280, 320, 360]) {
      box.style.width = `${width}px`;
      const lines = shownLines(notice);
      if (lines.length > 1) expect(lines.at(-1), `${width}px`).to.match(/\s/);
    }
    box.remove();
  });

  it('status and sample badges keep their words on one line ("已结束", "示例数据")', async () => {
    const { box, element } = await inBox<SxEvents>(
      html`<sx-events now=${AFTER} limit="6"></sx-events>`,
    );
    const badges = [...parts(element, 'status'), ...parts(element, 'sample')];
    expect(badges.map((badge) => badge.textContent!.trim())).to.include('已结束');
    atEachWidth(box, (where) => {
      for (const badge of badges) {
        expect(shownLines(badge), where).to.have.length(1);
      }
    });
    box.remove();
  });

  it('the closing sentence, inline in a paragraph, as a card and as a banner: "已结束" whole, no orphan', async () => {
    for (const template of [
      html`<p style="margin: 0">
        山西新闻网讯<sx-countdown now=${AFTER}></sx-countdown>，全省各地将举办科普活动。
      </p>`,
      html`<sx-countdown variant="card" now=${AFTER}></sx-countdown>`,
      html`<sx-countdown variant="banner" now=${AFTER}></sx-countdown>`,
    ]) {
      const { box } = await inBox<HTMLElement>(html`<div>${template}</div>`);
      const countdown = box.querySelector<SxCountdown>('sx-countdown')!;
      await countdown.loaded;
      await wordBreaksShown();
      const message = part(countdown, 'message');
      // The widths of a column of text too: the inline phrase meets the end of the line anywhere.
      for (const width of [...WIDTHS, 200, 224, 248, 272, 296]) {
        box.style.width = `${width}px`;
        const lines = shownLines(message);
        const where = `${countdown.variant} ${width}px: ${lines.join(' / ')}`;
        // Inline, the phrase's first line goes on from the page's own text ("…网讯2025年").
        const own = countdown.variant === 'inline' ? lines.slice(1) : lines;
        expect(orphanLines(own), where).to.deep.equal([]);
        expect(
          lines.some((line) => line.includes('已结束')),
          where,
        ).to.equal(true);
      }
      box.remove();
    }
  });
});

describe('Chinese feed text in lab cards at phone widths', () => {
  it('summaries and notes never leave one character alone on their last line', async () => {
    const { box, element } = await inBox<SxLabMap>(
      html`<sx-lab-map now=${DURING} limit="16"></sx-lab-map>`,
    );
    const texts = [...element.shadowRoot!.querySelectorAll('.summary, .notes')];
    expect(texts.length).to.be.above(10);
    let wrapped = 0;
    atEachWidth(box, (where) => {
      for (const text of texts) {
        const lines = shownLines(text);
        const last = lines.at(-1)!;
        expect(hanCount(last), `${where}: ${lines.join(' / ')}`).to.not.equal(1);
        wrapped += lines.length - 1;
      }
    });
    expect(wrapped).to.be.above(20);
    box.remove();
  });
});

/**
 * Words of two to four characters from the sample feed's lab names, summaries, notes, story texts
 * and event titles that the browser's segmenter cuts (its trimmed dictionary: 观|摩, 实验|室,
 * 人工|智能) or that plain CJK line breaking cuts (工作 / 者), listed as a reader knows them, not
 * taken from the code under test.
 */
const WORDS = [
  '观摩',
  '弘扬',
  '选育',
  '实验室',
  '科学家',
  '志愿者',
  '催化剂',
  '工作者',
  '研究者',
  '设计者',
  '工程师',
  '特派员',
  '纪念馆',
  '人工智能',
  '新能源',
  '无障碍',
  '座谈会',
  // Institutions and compounds across the segmenter's pieces (中国|科|学院, 短|视频) (#15).
  '中国科学院',
  '研究院',
  '研究所',
  '大学',
  '科技馆',
  '博物馆',
  '短视频',
  '微视频',
];

/** The words of WORDS that `element`'s lines cut, with the text around each cut ("观 / 摩区"). */
function cutWords(element: Element): { cuts: string[]; seen: number } {
  let text = '';
  const lineStarts = new Set<number>();
  for (const { char, newLine } of shownChars(element)) {
    if (newLine && text) lineStarts.add(text.length);
    text += char;
  }
  const cuts: string[] = [];
  let seen = 0;
  for (const word of WORDS) {
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
      seen++;
      for (let i = at + 1; i < at + word.length; i++) {
        if (lineStarts.has(i)) cuts.push(`${text.slice(at - 4, i)} / ${text.slice(i, i + 4)}`);
      }
    }
  }
  return { cuts, seen };
}

describe('Chinese words never split across lines at phone widths', () => {
  it('lab names, hosts, addresses, summaries and notes keep 观摩, 实验室, 人工智能… whole', async () => {
    const { box, element } = await inBox<SxLabMap>(
      html`<sx-lab-map now=${DURING} limit="16"></sx-lab-map>`,
    );
    const texts = [...element.shadowRoot!.querySelectorAll('[part~=item] .sx-phrases')];
    let seen = 0;
    let lines = 0;
    atEachWidth(box, (where) => {
      for (const text of texts) {
        const found = cutWords(text);
        expect(found.cuts, where).to.deep.equal([]);
        seen += found.seen;
        lines += shownLines(text).length - 1;
      }
    });
    // The words are there, in text that wraps (or nothing was tested).
    expect(seen).to.be.above(12 * 15);
    expect(lines).to.be.above(100);
    box.remove();
  });

  it('event titles keep 工作者, 座谈会, 实验室… whole (no segmenter on the programme page)', async () => {
    const { box, element } = await inBox<SxEvents>(
      html`<sx-events now="2025-05-20T10:00:00+08:00" limit="40"></sx-events>`,
    );
    const titles = parts(element, 'item-title');
    expect(titles.length).to.be.above(20);
    let seen = 0;
    atEachWidth(box, (where) => {
      for (const title of titles) {
        const found = cutWords(title);
        expect(found.cuts, where).to.deep.equal([]);
        seen += found.seen;
      }
    });
    expect(seen).to.be.above(12 * 10);
    box.remove();
  });

  it('event venues and organisers keep 中国科学院, 科技馆, 博物馆… whole (the expanded card)', async () => {
    const { box, element } = await inBox<SxEvents>(
      html`<sx-events now="2025-05-20T10:00:00+08:00" limit="60"></sx-events>`,
    );
    let seen = 0;
    for (const name of [
      '煤化学实验室开放日',
      '航空航天科普展',
      '考古里的科技',
      '科普短视频线上展播',
    ]) {
      const item = parts(element, 'item').find((node) => node.textContent!.includes(name))!;
      item.querySelector<HTMLElement>('[part~=more]')!.click();
      await waitUntil(() => item.querySelector('[part~=item-facts]'), `${name}: not unfolded`);
      const facts = item.querySelector('[part~=item-facts]')!;
      atEachWidth(box, (where) => {
        const found = cutWords(facts);
        expect(found.cuts, `${name}, ${where}`).to.deep.equal([]);
        seen += found.seen;
      });
      box.style.width = '480px';
    }
    // 中国科学院, 研究所, 科技馆, 博物馆 and the organisers' 大学/研究院 (or nothing was tested).
    expect(seen).to.be.above(12 * 4);
    box.remove();
  });

  it('story headlines, affiliations and summaries keep their words whole', async () => {
    let seen = 0;
    for (let n = 1; n <= 7; n++) {
      const { box, element } = await inBox<HTMLElement>(
        html`<sx-story-card now=${DURING} story="sample-story-0${n}"></sx-story-card>`,
      );
      const texts = [...element.shadowRoot!.querySelectorAll('.sx-phrases:not(.body *)')];
      expect(texts.length, `story ${n}`).to.be.above(1);
      atEachWidth(box, (where) => {
        for (const text of texts) {
          const found = cutWords(text);
          expect(found.cuts, `story ${n}, ${where}`).to.deep.equal([]);
          seen += found.seen;
        }
      });
      box.remove();
    }
    expect(seen).to.be.above(12 * 5);
  });
});

/**
 * The class, beyond the sample feed: an institution's name ends in a suffix the segmenter cuts
 * off or into a lone character that then joins the word before it (中国|科|学院 shown as "中国科 /
 * 学院"), and 短视频 comes out as 短|视频. Names a partner's feed is full of.
 */
const INSTITUTIONS: [string, string[]][] = [
  ['中国科学院山西煤炭化学研究所', ['中国科学院', '研究所']],
  ['太原理工大学（明向校区）', ['理工大学']],
  ['中北大学材料科学学院', ['中北大学', '科学学院']],
  ['示例大学人工智能学院', ['智能学院']],
  ['山西省农业科学院作物研究所', ['科学院', '研究所']],
  ['示例农业研究院', ['研究院']],
  ['山西省某重点实验室', ['实验室']],
  ['长治市某科技馆展厅', ['科技馆']],
  ['临汾市某博物馆报告厅', ['博物馆']],
  ['科普短视频线上展播', ['短视频']],
  ['科普微视频大赛作品展映', ['微视频']],
];

describe('institution names and compounds stay whole', () => {
  it('with the segmenter (labs, stories): no break inside 中国科学院, 研究所, 短视频…', () => {
    for (const [text, words] of INSTITUTIONS) {
      const chunks = phraseChunks(text);
      expect(chunks.join(''), text).to.equal(text);
      for (const word of words) {
        expect(
          chunks.some((chunk) => chunk.includes(word)),
          `${text}: ${chunks.join(' | ')}`,
        ).to.equal(true);
      }
    }
  });

  it('without it (the programme page): each kept in one unbreakable run', async () => {
    for (const [text, words] of INSTITUTIONS) {
      const host = await fixture<HTMLElement>(html`<p>${keepTogether(text)}</p>`);
      expect(host.textContent, text).to.equal(text);
      const runs = [...host.querySelectorAll('.sx-nowrap')].map((run) => run.textContent!);
      for (const word of words) {
        expect(
          runs.some((run) => run.includes(word)),
          `${text}: ${runs.join(' | ')}`,
        ).to.equal(true);
      }
      host.remove();
    }
  });
});
