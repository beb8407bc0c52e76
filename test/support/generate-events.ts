/**
 * Seeded generator of plausible raw events (as a feed would carry them, before validation), for
 * benchmarks and volume tests. Same seed, same events.
 */
import type { Edition } from '../../src/feed/types.js';
import { seededRandom } from './seeded-random.mjs';

export { seededRandom };

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * `count` raw events spread over the edition's days and cities. A third of the instants have no
 * offset (read in the edition's zone), one event in ten is online only, one in five has an image.
 */
export function generateRawEvents(edition: Edition, count: number, seed = 1): unknown[] {
  const random = seededRandom(seed);
  const pick = <T>(list: T[]): T => list[Math.floor(random() * list.length)]!;
  const topics = edition.topics.map((t) => t.id);
  const audiences = edition.audiences.map((t) => t.id);
  const events: unknown[] = [];
  for (let i = 0; i < count; i++) {
    const city = pick(edition.cities);
    const day = 24 + Math.floor(random() * 16); // 24 May … 8 June
    const date = day <= 31 ? `2025-05-${pad(day)}` : `2025-06-${pad(day - 31)}`;
    const hour = 8 + Math.floor(random() * 10);
    const offset = random() < 0.33 ? '' : '+08:00';
    const online = random() < 0.1;
    events.push({
      id: `evt-${seed}-${i}`,
      title: `${city.short}科普活动 第${i + 1}场`,
      titleEn: `${city.nameEn} science activity no. ${i + 1}`,
      summary: '面向公众的科普展览、互动体验与专家讲座。'.repeat(1 + Math.floor(random() * 4)),
      category: pick(edition.categories).id,
      topics: [pick(topics), pick(topics)].filter((t, k, all) => all.indexOf(t) === k),
      audience: [pick(audiences)],
      city: city.code,
      ...(online
        ? { online: { url: `https://live.example.org/${i}`, platform: '直播' } }
        : {
            venue: {
              name: `${city.short}科技馆`,
              address: `${city.name}示例路${i % 200}号`,
              lat: city.lat! + (random() - 0.5) / 10,
              lng: city.lng! + (random() - 0.5) / 10,
            },
          }),
      start: `${date}T${pad(hour)}:00:00${offset}`,
      end: `${date}T${pad(hour + 2)}:30:00${offset}`,
      organiser: `${city.short}市科学技术协会`,
      free: random() < 0.9,
      registration: { required: random() < 0.3, url: `https://example.org/register/${i}` },
      url: `https://example.org/events/${i}`,
      ...(random() < 0.2
        ? { image: { src: `https://img.example.org/${i}.jpg`, alt: '活动海报' } }
        : {}),
      unknownField: 'ignored by readers',
    });
  }
  return events;
}
