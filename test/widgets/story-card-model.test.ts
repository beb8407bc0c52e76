// The story card's pure parts (choice, memo, text), without rendering an element.
import { expect } from '@open-wc/testing';
import { storyCardMessages } from '../../widgets/story-card/story-card.messages.js';
import {
  cardChoice,
  lastResult,
  type CardChoiceInputs,
} from '../../widgets/story-card/story-choice.js';
import { emptyText, monogram, textIn } from '../../widgets/story-card/story-text.js';
import { NOW, threeStories } from '../support/story-card-fixtures.js';

const inputs = (overrides: Partial<CardChoiceInputs> = {}): CardChoiceInputs => ({
  stories: threeStories(),
  timeZone: 'Asia/Shanghai',
  story: undefined,
  pick: 'latest',
  topic: undefined,
  honour: undefined,
  spirit: undefined,
  frozenNow: Date.parse(NOW),
  linkedId: undefined,
  ...overrides,
});

describe('story card model: cardChoice', () => {
  it('nothing before the feed; a bad pick is latest; filters are comma lists; the id wins', () => {
    expect(cardChoice(inputs({ stories: undefined }))).to.deep.equal({ stories: [], index: 0 });
    const latest = cardChoice(inputs({ pick: 'newest?' }));
    expect(latest.stories.map((s) => s.id)).to.deep.equal(['story-c', 'story-b', 'story-a']);
    expect(cardChoice(inputs({ topic: 'rural，health' })).stories.map((s) => s.id)).to.deep.equal([
      'story-c',
      'story-b',
    ]);
    const named = cardChoice(inputs({ story: ' story-a ', topic: 'rural' }));
    expect(named.stories[named.index]!.id).to.equal('story-a');
    expect(cardChoice(inputs({ story: 'nobody' })).missingId).to.equal('nobody');
  });

  it('opens on the story the page URL names', () => {
    const linked = cardChoice(inputs({ linkedId: 'story-b' }));
    expect(linked.stories[linked.index]!.id).to.equal('story-b');
  });
});

describe('story card model: lastResult', () => {
  it('computes again when any input value changes, never when none does', () => {
    let calls = 0;
    const choose = lastResult((input: CardChoiceInputs) => {
      calls += 1;
      return cardChoice(input);
    });
    const base = inputs();
    const first = choose(base);
    expect(choose({ ...base })).to.equal(first);
    expect(calls).to.equal(1);
    // Every field is part of the key, including one a hand-kept list could forget.
    for (const [key, value] of Object.entries({
      pick: 'daily',
      spirit: 'innovation',
      linkedId: 'story-a',
      frozenNow: Date.parse(NOW) + 1,
    })) {
      expect(choose({ ...base, [key]: value }), key).to.not.equal(first);
    }
    expect(calls).to.equal(5);
  });
});

describe('story card model: text', () => {
  it('English when the feed has it, else the Chinese marked zh-CN', () => {
    expect(textIn('en', '李华', 'Li Hua')).to.deep.equal({ text: 'Li Hua', lang: undefined });
    expect(textIn('en', '李华', undefined)).to.deep.equal({ text: '李华', lang: 'zh-CN' });
    expect(textIn('zh-CN', '李华', 'Li Hua')).to.deep.equal({ text: '李华', lang: undefined });
  });

  it('the monogram is the personal name’s first letter', () => {
    expect(monogram('示例人物 · 李华')).to.equal('李');
    expect(monogram('Sample person · li Hua')).to.equal('L');
    expect(monogram('  ')).to.equal('?');
  });

  it('an empty card names a missing story, else suggests loosening filters only when there are some', () => {
    const t = storyCardMessages.get('zh-CN')!;
    expect(emptyText(t, 'x', true)).to.deep.equal({
      message: t.notFound('x'),
      hint: t.notFoundHint,
    });
    expect(emptyText(t, undefined, true)).to.deep.equal({
      message: t.emptyTitle,
      hint: t.emptyHint,
    });
    expect(emptyText(t, undefined, false)).to.deep.equal({ message: t.noStories });
  });
});
