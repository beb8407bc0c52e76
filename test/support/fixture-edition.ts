/**
 * A complete, valid edition and factories for valid records, for every test that needs a feed.
 *
 * Every value here is already in the form `validate*` returns (instants with an offset, every list
 * present), so `validateEvents([testEvent()], testEdition()).value` deep-equals `[testEvent()]`.
 * Facts come from the 2025 Shanxi notice (晋科发〔2025〕16号) and shanxi-places.json; the tiles
 * are an arbitrary but plausible schematic layout; records are samples, not real activities.
 */
import type {
  Edition,
  Lab,
  RegionCity,
  Story,
  ProgrammeEvent,
  Term,
} from '../../src/feed/types.js';

type TermRow = [id: string, zh: string, en: string];

const terms = (rows: TermRow[]): Term[] => rows.map(([id, zh, en]) => ({ id, zh, en }));

type CityRow = [
  code: string,
  name: string,
  nameEn: string,
  lat: number,
  lng: number,
  col: number,
  row: number,
];

/** North to south, roughly as the province lies; tiles on a 3 x 7 grid. */
const CITY_ROWS: CityRow[] = [
  ['140100', '太原市', 'Taiyuan', 37.856, 112.543, 1, 3],
  ['140200', '大同市', 'Datong', 40.089, 113.288, 2, 0],
  ['140300', '阳泉市', 'Yangquan', 37.861, 113.577, 2, 3],
  ['140400', '长治市', 'Changzhi', 36.191, 113.107, 2, 5],
  ['140500', '晋城市', 'Jincheng', 35.498, 112.845, 2, 6],
  ['140600', '朔州市', 'Shuozhou', 39.33, 112.427, 1, 1],
  ['140700', '晋中市', 'Jinzhong', 37.696, 112.73, 1, 4],
  ['140800', '运城市', 'Yuncheng', 35.024, 110.998, 0, 6],
  ['140900', '忻州市', 'Xinzhou', 38.417, 112.727, 1, 2],
  ['141000', '临汾市', 'Linfen', 36.084, 111.512, 0, 5],
  ['141100', '吕梁市', 'Lüliang', 37.524, 111.128, 0, 4],
];

function testCities(): RegionCity[] {
  return CITY_ROWS.map(([code, name, nameEn, lat, lng, col, row]) => ({
    code,
    name,
    short: name.slice(0, -1),
    nameEn,
    lat,
    lng,
    tile: { col, row },
  }));
}

/** A valid Shanxi 2025 edition (a fresh object on every call, so tests may mutate it). */
export function testEdition(overrides: Partial<Edition> = {}): Edition {
  return {
    id: 'shanxi-2025',
    title: '2025年山西省科技活动周和科技工作者日活动',
    titleEn: 'Shanxi Science and Technology Week and Science Workers Day 2025',
    theme: '矢志创新发展 建设科技强国',
    themeEn:
      'Strive for innovation and development, build a leading country in science and technology',
    region: '140000',
    regionName: '山西省',
    regionNameEn: 'Shanxi',
    timeZone: 'Asia/Shanghai',
    start: '2025-05-24',
    end: '2025-06-08',
    datesNote: {
      inferred: true,
      basis:
        'The notice gives "5月下旬至6月上旬"; the national week runs 2025-05-24 to 2025-05-31.',
    },
    milestones: [
      {
        id: 'start',
        label: '活动周开始',
        labelEn: 'Week begins',
        instant: '2025-05-24T00:00:00+08:00',
      },
      {
        id: 'workers-day',
        label: '全国科技工作者日',
        labelEn: 'National Science Workers Day',
        instant: '2025-05-30T00:00:00+08:00',
      },
      {
        id: 'end',
        label: '活动周结束',
        labelEn: 'Week ends',
        instant: '2025-06-08T23:59:59+08:00',
      },
      {
        id: 'report-deadline',
        label: '总结报告截止',
        labelEn: 'Reports due',
        instant: '2025-06-15T00:00:00+08:00',
      },
    ],
    organisers: ['山西省科学技术厅', '中共山西省委宣传部', '山西省科学技术协会'],
    organisersEn: [
      'Shanxi Provincial Department of Science and Technology',
      'Publicity Department of the CPC Shanxi Provincial Committee',
      'Shanxi Association for Science and Technology',
    ],
    contacts: [
      {
        organisation: '山西省科学技术厅',
        organisationEn: 'Shanxi Provincial Department of Science and Technology',
        phones: ['0351-4060103'],
        emails: ['sxskjhdz@163.com'],
      },
      {
        organisation: '山西省科学技术协会',
        organisationEn: 'Shanxi Association for Science and Technology',
        phones: ['0351-4066820', '0351-4128363'],
        emails: ['sxsxhxs@163.com'],
      },
    ],
    topics: terms([
      ['health', '生命健康', 'Life and health'],
      ['ai', '人工智能', 'Artificial intelligence'],
      ['aerospace', '航空航天', 'Aerospace'],
      ['emergency-safety', '应急安全', 'Emergency safety'],
      ['rural', '乡村振兴', 'Rural revitalisation'],
      ['heritage', '文物保护', 'Heritage conservation'],
      ['food-safety', '食品安全', 'Food safety'],
      ['energy-materials', '新能源新材料', 'New energy and materials'],
    ]),
    categories: terms([
      ['exhibition', '展览展示', 'Exhibition'],
      ['hands-on', '互动体验', 'Hands-on'],
      ['study-tour', '参观研学', 'Study tour'],
      ['lecture', '专家讲座', 'Expert lecture'],
      ['short-video', '短视频', 'Short video'],
      ['explainer-contest', '科普讲解/大赛', 'Science explainer contest'],
      ['experiment-show', '科学实验展演', 'Experiment show'],
      ['open-day', '开放日', 'Open day'],
      ['rural-outreach', '科技特派员/下乡', 'Rural outreach'],
      ['spirit-talk', '科学家精神宣讲', 'Scientist spirit talk'],
      ['performance', '文艺汇演', 'Performance'],
    ]),
    audiences: terms([
      ['public', '公众', 'General public'],
      ['youth', '青少年', 'Young people'],
      ['researchers', '科技工作者', 'Researchers'],
      ['rural', '农村群众', 'Rural residents'],
      ['teachers', '教师', 'Teachers'],
    ]),
    labKinds: terms([
      ['key-lab', '重点实验室', 'Key laboratory'],
      ['innovation-centre', '技术创新中心', 'Technology innovation centre'],
      ['pilot-base', '中试基地', 'Pilot-scale base'],
      ['popsci-base', '科普(教育)基地', 'Science education base'],
      ['spirit-base', '科学家精神教育基地', 'Scientist spirit education base'],
    ]),
    awards: terms([
      ['national-sci-tech', '国家科学技术奖', 'National Science and Technology Award'],
      ['national-engineer', '国家工程师奖', 'National Engineer Award'],
      ['innovation-pioneer', '国家创新争先奖', 'National Innovation Pioneer Award'],
      ['most-beautiful', '最美科技工作者', 'Most Beautiful Science Worker'],
    ]),
    spiritFacets: terms([
      ['patriotism', '爱国', 'Patriotism'],
      ['innovation', '创新', 'Innovation'],
      ['truth-seeking', '求实', 'Truth-seeking'],
      ['dedication', '奉献', 'Dedication'],
      ['collaboration', '协同', 'Collaboration'],
      ['mentoring', '育人', 'Mentoring'],
    ]),
    cities: testCities(),
    docNumber: '晋科发〔2025〕16号',
    publishedAt: '2025-05-12T00:00:00+08:00',
    report: {
      deadline: '2025-06-15T00:00:00+08:00',
      videoMaxMinutes: 3,
      note: '活动总结报告、影像资料(视频时长不超过3分钟)报送至联系邮箱。',
    },
    sample: true,
    ...overrides,
  };
}

/** A valid in-person event in Taiyuan on Science Workers Day (a sample, not a real activity). */
export function testEvent(overrides: Partial<ProgrammeEvent> = {}): ProgrammeEvent {
  return {
    id: 'test-event',
    title: '走进科技馆:互动科学实验',
    titleEn: 'Hands-on science experiments at the museum',
    summary: '面向青少年的科学实验展演与互动体验。',
    category: 'hands-on',
    topics: ['ai', 'aerospace'],
    audience: ['public', 'youth'],
    city: '140100',
    venue: {
      name: '山西省科学技术馆',
      nameEn: 'Shanxi Science and Technology Museum',
      address: '太原市广经路17号(长风文化岛)',
      lat: 37.815,
      lng: 112.527,
    },
    start: '2025-05-30T14:00:00+08:00',
    end: '2025-05-30T16:00:00+08:00',
    organiser: '示例主办单位',
    organiserEn: 'Sample organiser',
    free: true,
    registration: { required: false },
    url: 'https://example.org/events/test-event',
    sample: true,
    ...overrides,
  };
}

/** A valid lab open day in Taiyuan (a sample, not a real facility's programme). */
export function testLab(overrides: Partial<Lab> = {}): Lab {
  return {
    id: 'test-lab',
    name: '示例重点实验室',
    nameEn: 'Sample key laboratory',
    kind: 'key-lab',
    host: '示例研究所',
    hostEn: 'Sample institute',
    city: '140100',
    location: { lat: 37.853, lng: 112.548, address: '太原市示例路1号', precise: false },
    topics: ['energy-materials'],
    summary: '开放日:参观实验平台,了解新材料研究。',
    openings: [
      {
        start: '2025-05-30T09:00:00+08:00',
        end: '2025-05-30T12:00:00+08:00',
        booking: { required: true, url: 'https://example.org/labs/test-lab/book', capacity: 40 },
      },
    ],
    contact: { phone: '0351-0000000', email: 'lab@example.org' },
    url: 'https://example.org/labs/test-lab',
    sample: true,
    ...overrides,
  };
}

/** A valid story about a fictional researcher (never a real person's words). */
export function testStory(overrides: Partial<Story> = {}): Story {
  return {
    id: 'test-story',
    name: '示例科学家',
    nameEn: 'Sample Scientist',
    affiliation: '示例大学',
    affiliationEn: 'Sample University',
    honours: [{ award: 'most-beautiful', year: 2024 }],
    headline: '三十年扎根实验室',
    headlineEn: 'Thirty years at the bench',
    summary: '一个虚构的示例故事,用于预览与测试。',
    body: ['第一段:示例文字。', '第二段:示例文字。'],
    spirit: ['innovation', 'dedication'],
    topics: ['health'],
    source: { title: '示例来源', url: 'https://example.org/stories/test-story' },
    publishedAt: '2025-05-20T10:00:00+08:00',
    sample: true,
    ...overrides,
  };
}
