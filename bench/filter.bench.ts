/**
 * How long one keystroke in the programme's search box costs: `filterEvents` with a text query
 * over 5,000 generated events (seeded, so every run searches the same programme).
 *
 *   npx tsx bench/filter.bench.ts
 *
 * Goal: median ≤ 5 ms per filter after warm-up (the first search also normalises every record).
 */
import type { ProgrammeEvent } from '../src/feed/types.js';
import { filterEvents, groupEventsByDay } from '../src/query/events.js';
import { testEdition } from '../test/support/fixture-edition.js';
import { seededRandom } from '../test/support/seeded-random.mjs';

const EVENT_COUNT = 5_000;
const RUNS = 200;

const edition = testEdition();
const random = seededRandom(20250524);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

const SUBJECTS = [
  '人工智能',
  '航空航天',
  '生命健康',
  '应急安全',
  '乡村振兴',
  '文物保护',
  '食品安全',
  '新能源',
  '新材料',
  '机器人',
  '量子计算',
  '煤炭清洁利用',
];
const FORMS = [
  '专家讲座',
  '互动体验',
  '科普展览',
  '开放日',
  '实验展演',
  '研学参观',
  '科普讲解大赛',
  '短视频展播',
];
const AUDIENCES = ['面向青少年', '面向公众', '面向农村群众', '面向教师', '面向科技工作者'];
const EN_SUBJECTS = [
  'AI',
  'Aerospace',
  'Health',
  'Safety',
  'Rural',
  'Heritage',
  'Food safety',
  'Energy',
  'Materials',
  'Robots',
  'Quantum',
  'Clean coal',
];
const EN_FORMS = [
  'lecture',
  'hands-on session',
  'exhibition',
  'open day',
  'experiment show',
  'study tour',
  'contest',
  'video showcase',
];
const PLACES = [
  '科技馆',
  '图书馆',
  '大学礼堂',
  '青少年活动中心',
  '村委会',
  '博物馆',
  '实验室',
  '会展中心',
];
const STREETS = [
  '迎泽大街',
  '长风街',
  '府西街',
  '平阳路',
  '学府街',
  '体育路',
  '南内环街',
  '滨河东路',
];
const ORGANISERS = ['示例科技局', '示例科协', '示例大学', '示例研究院', '示例学会', 'ＳＸ示例中心'];

function generateEvent(index: number): ProgrammeEvent {
  const city = pick(edition.cities);
  const subject = Math.floor(random() * SUBJECTS.length);
  const form = Math.floor(random() * FORMS.length);
  const day = 24 + Math.floor(random() * 16);
  const hour = 8 + Math.floor(random() * 11);
  const start = new Date(Date.UTC(2025, 4, day, hour - 8, random() < 0.5 ? 0 : 30));
  const end = new Date(start.getTime() + (1 + Math.floor(random() * 4)) * 3_600_000);
  const online = random() < 0.15;
  return {
    id: `bench-${index}`,
    title: `${city.short}${SUBJECTS[subject]}${FORMS[form]}(第${index}场)`,
    titleEn: `${EN_SUBJECTS[subject]} ${EN_FORMS[form]} in ${city.nameEn}`,
    summary: `${pick(AUDIENCES)},介绍${SUBJECTS[subject]}领域的最新进展与科普知识。`,
    category: pick(edition.categories).id,
    topics: [pick(edition.topics).id],
    audience: [pick(edition.audiences).id],
    city: city.code,
    ...(online
      ? { online: { url: `https://example.org/live/${index}` } }
      : {
          venue: {
            name: `${city.short}${pick(PLACES)}`,
            address: `${city.name}${pick(STREETS)}${1 + Math.floor(random() * 300)}号`,
            lat: city.lat! + (random() - 0.5) / 10,
            lng: city.lng! + (random() - 0.5) / 10,
          },
        }),
    start: start.toISOString(),
    end: end.toISOString(),
    organiser: pick(ORGANISERS),
    free: random() < 0.9,
    registration: { required: random() < 0.3 },
    sample: true,
  };
}

const events = Array.from({ length: EVENT_COUNT }, (_, i) => generateEvent(i));

function measure(label: string, run: () => unknown): void {
  const first = performance.now();
  const result = run();
  const cold = performance.now() - first;
  for (let i = 0; i < 20; i += 1) run();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const t0 = performance.now();
    run();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)]!;
  const p95 = times[Math.floor(times.length * 0.95)]!;
  const size = Array.isArray(result) ? result.length : '';
  console.log(
    `${label.padEnd(34)} first ${cold.toFixed(2).padStart(6)} ms  median ${median
      .toFixed(3)
      .padStart(6)} ms  p95 ${p95.toFixed(3).padStart(6)} ms  results ${size}`,
  );
}

console.log(`${EVENT_COUNT} events, ${RUNS} timed runs each after 20 warm-up runs\n`);
measure('text "讲座" (2 CJK characters)', () => filterEvents(events, { text: '讲座' }, edition));
measure('text "robot" (Latin)', () => filterEvents(events, { text: 'robot' }, edition));
measure('text "ＡＩ" (full-width)', () => filterEvents(events, { text: 'ＡＩ' }, edition));
measure('text "太原 讲座" + city + paging', () =>
  filterEvents(events, { text: '太原 讲座', city: '140100', limit: 20 }, edition),
);
measure('no text: city + topic + days', () =>
  filterEvents(
    events,
    { city: ['140100', '140200'], topic: 'ai', from: '2025-05-28', to: '2025-05-31' },
    edition,
  ),
);
measure('groupEventsByDay (all)', () => groupEventsByDay(events, edition.timeZone));
