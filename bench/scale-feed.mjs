// The generated feed of the scale benches (events-scale.mjs, events-city-memory.mjs): a manifest
// split by city, as `sx-feed build --split city` writes it, with seeded random events (same size,
// same feed), so runs and builds compare on the same bytes.
import { readFileSync } from 'node:fs';
import { seededRandom } from '../test/support/seeded-random.mjs';

export const edition = JSON.parse(
  readFileSync(new URL('../src/data/shanxi-2025/edition.json', import.meta.url), 'utf8'),
);

/** The scale benches' frozen time: before the week, so every event is still to come. */
export const NOW = '2025-05-20T10:00:00+08:00';

/** Typed as a visitor types: character by character (each narrows the last answer), then a new word. */
export const WORDS = [
  '科',
  '科普',
  '科普讲',
  '科普讲座',
  '太',
  '太原',
  '太原 第',
  '太原 第1',
  'robot',
  '',
];

const THEMES = [
  '无人机',
  '机器人',
  '天文',
  '化学',
  '航天',
  '人工智能',
  '古建筑',
  '新能源',
  '地震',
  '中医药',
];
const KINDS = ['讲座', '展览', '体验日', '工作坊', '实验秀', '研学', '开放日'];
const pad = (n) => String(n).padStart(2, '0');

/**
 * `count` raw events over the edition's days and cities, ~900 bytes each as JSON. Cities are
 * equally likely, or weighted by `weights` (city code → share): one draw either way, so the
 * uniform feed is the one every earlier run measured.
 */
function generateEvents(count, weights) {
  const random = seededRandom(count);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const total = weights && edition.cities.reduce((sum, c) => sum + (weights[c.code] ?? 1), 0);
  const pickCity = () => {
    if (!weights) return pick(edition.cities);
    let left = random() * total;
    for (const c of edition.cities) if ((left -= weights[c.code] ?? 1) < 0) return c;
    return edition.cities.at(-1);
  };
  const topics = edition.topics.map((t) => t.id);
  const events = [];
  for (let i = 0; i < count; i++) {
    const c = pickCity();
    const day = 24 + Math.floor(random() * 16);
    const date = day <= 31 ? `2025-05-${pad(day)}` : `2025-06-${pad(day - 31)}`;
    const hour = 8 + Math.floor(random() * 10);
    const theme = pick(THEMES);
    const kind = pick(KINDS);
    events.push({
      id: `evt-${i}`,
      title: `${c.short}${theme}科普${kind} 第${i + 1}场`,
      titleEn: `${c.nameEn} science ${kind === '讲座' ? 'talk' : 'activity'} no. ${i + 1}`,
      summary: `面向公众的${theme}科普${kind}，包括互动体验与专家讲解。`.repeat(
        1 + Math.floor(random() * 3),
      ),
      category: pick(edition.categories).id,
      topics: [pick(topics)],
      audience: [pick(edition.audiences).id],
      city: c.code,
      venue: { name: `${c.short}科技馆`, address: `${c.name}示例路${i % 200}号` },
      start: `${date}T${pad(hour)}:00:00+08:00`,
      end: `${date}T${pad(hour + 2)}:30:00+08:00`,
      organiser: `${c.short}市科学技术协会`,
      free: random() < 0.9,
      registration: { required: random() < 0.3, url: `https://example.org/register/${i}` },
      url: `https://example.org/events/${i}`,
    });
  }
  return events;
}

/** The files of a feed of `count` events: a manifest and one events file per city. */
export function feedFiles(count, weights) {
  const byCity = new Map(edition.cities.map((c) => [c.code, []]));
  for (const event of generateEvents(count, weights)) byCity.get(event.city).push(event);
  const files = new Map();
  const manifest = {
    schemaVersion: '1.0',
    edition,
    resources: { events: { byCity: {} }, labs: 'labs.json', stories: 'stories.json' },
  };
  for (const [code, events] of byCity) {
    manifest.resources.events.byCity[code] = `events-${code}.json`;
    files.set(`events-${code}.json`, JSON.stringify(events));
  }
  files.set('labs.json', '[]');
  files.set('stories.json', '[]');
  files.set('manifest.json', JSON.stringify(manifest));
  return files;
}
