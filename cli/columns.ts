/**
 * The columns of the three sheets. Headers are matched loosely: the Chinese name, the English key,
 * or a common synonym, ignoring case, spaces, `_`/`-`, brackets and "(必填)"/"*" markers, so
 * `开始时间`, `Start`, `start_time` and `开始时间（必填）` all name the same column.
 */

export type SheetKind = 'events' | 'labs' | 'stories';

export interface ColumnSpec {
  /** Stable key the converter reads. */
  key: string;
  /** Template header (Chinese) and English header. */
  zh: string;
  en: string;
  aliases?: string[];
  required?: boolean;
  /** Recognised but not published (the feed has no field for it): reported once as a note. */
  ignored?: boolean;
  /** Where the value lands in the record (dots for nesting), to point validator issues back here. */
  field: string;
}

const col = (
  key: string,
  zh: string,
  field: string,
  aliases: string[] = [],
  required = false,
): ColumnSpec => ({ key, zh, en: key, aliases, required, field });

const IMAGE = [
  col('image', '图片', 'image.src', ['图片链接', '图片地址', 'imageUrl']),
  col('imageAlt', '图片说明', 'image.alt', ['图片描述', '图片替代文字', 'alt']),
];

export const EVENT_COLUMNS: ColumnSpec[] = [
  col('id', '编号', 'id', ['活动编号']),
  col(
    'title',
    '标题',
    'title',
    ['活动名称', '活动标题', '活动主题名称', '名称', 'name', 'eventName', 'event'],
    true,
  ),
  col('titleEn', '英文标题', 'titleEn', ['标题英文', '英文名称']),
  col('summary', '简介', 'summary', [
    '活动简介',
    '活动内容',
    '内容',
    '内容简介',
    'description',
    'intro',
    'abstract',
  ]),
  col('summaryEn', '英文简介', 'summaryEn', ['简介英文']),
  col(
    'category',
    '活动形式',
    'category',
    ['形式', '类别', '活动类别', '活动类型', '类型', '活动方式', 'type', 'format', 'kind'],
    true,
  ),
  col('topics', '主题', 'topics', ['主题领域', '领域', 'topic', 'theme', 'themes', 'subject']),
  col('audience', '面向对象', 'audience', [
    '对象',
    '受众',
    '参与对象',
    '适合人群',
    '面向人群',
    'targetAudience',
  ]),
  col('city', '城市', 'city', ['地市', '所在城市', '所在地市', '市', '所在地', '地区'], true),
  col('venue', '场馆', 'venue.name', [
    '地点',
    '活动地点',
    '场地',
    '举办地点',
    '场所',
    '举办场所',
    'location',
    'place',
  ]),
  col('venueEn', '英文场馆', 'venue.nameEn', ['场馆英文', '英文地点']),
  col('address', '地址', 'venue.address', ['详细地址', '场馆地址']),
  col('lat', '纬度', 'venue.lat', ['latitude']),
  col('lng', '经度', 'venue.lng', ['longitude', 'lon', 'long']),
  col('online', '线上链接', 'online.url', [
    '直播链接',
    '线上地址',
    '在线链接',
    'onlineUrl',
    'streamUrl',
  ]),
  col('platform', '线上平台', 'online.platform', ['直播平台', '平台']),
  col('start', '开始时间', 'start', ['起始时间', 'startTime', 'starts', 'begin', 'from']),
  col('end', '结束时间', 'end', ['截止时间', 'endTime', 'ends', 'finish']),
  col('date', '日期', 'start', ['活动日期', '举办日期', '举办时间', 'day', 'dates']),
  col('time', '时间', 'start', ['活动时间', '时间段', '具体时间', 'hours']),
  col(
    'organiser',
    '主办单位',
    'organiser',
    [
      '主办',
      '主办方',
      '主办机构',
      '举办单位',
      '举办方',
      '组织单位',
      '组织方',
      '组织机构',
      'organizer',
      'organiser',
      'organisedBy',
      'organizedBy',
      'host',
    ],
    true,
  ),
  col('organiserEn', '英文主办单位', 'organiserEn', ['主办单位英文', 'organizerEn']),
  // 承办/协办 units carry out or help an activity: they are not its organiser, and the feed has
  // no field for them, so the columns are known (no "unknown column" warning) and left out.
  {
    ...col('coOrganiser', '承办单位', '', ['承办', '承办方', '协办单位', '协办', '支持单位']),
    ignored: true,
  },
  col('free', '是否免费', 'free', ['免费', 'isFree']),
  col('paid', '是否收费', 'free', ['收费', '需收费', 'paid', 'isPaid']),
  col('price', '费用', 'price', [
    '价格',
    '收费标准',
    '票价',
    '门票',
    '费用标准',
    'fee',
    'cost',
    'ticket',
  ]),
  col('registration', '是否需要报名', 'registration.required', [
    '需要报名',
    '报名',
    '是否报名',
    '需报名',
  ]),
  col('registrationUrl', '报名链接', 'registration.url', [
    '报名网址',
    '报名地址',
    '报名方式',
    'registrationLink',
    'signupUrl',
  ]),
  col('capacity', '名额', 'registration.capacity', [
    '人数',
    '限额',
    '限报人数',
    '人数限制',
    'seats',
  ]),
  col('registrationDeadline', '报名截止', 'registration.deadline', ['报名截止时间', 'deadline']),
  col('url', '详情链接', 'url', ['链接', '网址', '网站', 'link', 'website']),
  ...IMAGE,
  col('accessibility', '无障碍', 'accessibility', ['无障碍信息', '无障碍设施']),
  col('sample', '示例', 'sample', ['样例', '示例数据']),
];

export const LAB_COLUMNS: ColumnSpec[] = [
  col('id', '编号', 'id', ['实验室编号', '基地编号']),
  col('name', '名称', 'name', ['实验室名称', '基地名称', '平台名称', '标题', 'title'], true),
  col('nameEn', '英文名称', 'nameEn', ['名称英文']),
  col('kind', '类型', 'kind', ['类别', '平台类型', '基地类型'], true),
  col('host', '依托单位', 'host', ['依托机构', '所属单位', '单位', '主办单位'], true),
  col('hostEn', '英文依托单位', 'hostEn', ['依托单位英文']),
  col('city', '城市', 'city', ['地市', '所在城市', '所在地市', '市'], true),
  col('lat', '纬度', 'location.lat', ['latitude']),
  col('lng', '经度', 'location.lng', ['longitude', 'lon']),
  col('address', '地址', 'location.address', ['详细地址']),
  col('precise', '位置精确', 'location.precise', ['坐标精确', '精确位置']),
  col('topics', '主题', 'topics', ['主题领域', '领域', 'topic']),
  col('summary', '简介', 'summary', ['内容', 'description']),
  col('summaryEn', '英文简介', 'summaryEn', ['简介英文']),
  col('start', '开始时间', 'openings.start', ['起始时间', 'startTime']),
  col('end', '结束时间', 'openings.end', ['endTime']),
  col('date', '开放日期', 'openings.start', ['日期', 'date']),
  col('time', '开放时间', 'openings.start', ['时间', 'time', '时间段']),
  col('booking', '是否需要预约', 'openings.booking.required', ['需要预约', '预约', '是否预约']),
  col('bookingUrl', '预约链接', 'openings.booking.url', ['预约网址', '预约地址']),
  col('capacity', '名额', 'openings.booking.capacity', ['人数', '限额']),
  col('notes', '开放说明', 'openings.notes', ['备注', '说明', '注意事项']),
  col('phone', '联系电话', 'contact.phone', ['电话', 'tel']),
  col('email', '邮箱', 'contact.email', ['电子邮箱', '联系邮箱', 'e-mail']),
  col('url', '详情链接', 'url', ['链接', '网址', '网站', 'link']),
  ...IMAGE,
  col('sample', '示例', 'sample', ['样例', '示例数据']),
];

export const STORY_COLUMNS: ColumnSpec[] = [
  col('id', '编号', 'id', ['故事编号']),
  col('name', '姓名', 'name', ['人物', '科学家', '科技工作者'], true),
  col('nameEn', '英文姓名', 'nameEn', ['姓名英文']),
  col('affiliation', '单位', 'affiliation', ['工作单位', '所在单位'], true),
  col('affiliationEn', '英文单位', 'affiliationEn', ['单位英文']),
  col('honours', '荣誉', 'honours', ['获奖', '奖项', '荣誉称号', 'honors']),
  col('headline', '标题', 'headline', ['题目', 'title'], true),
  col('headlineEn', '英文标题', 'headlineEn', ['标题英文']),
  col('summary', '摘要', 'summary', ['简介', '导语'], true),
  col('summaryEn', '英文摘要', 'summaryEn', ['摘要英文']),
  col('body', '正文', 'body', ['内容', '故事']),
  col('quote', '引语', 'quote.text', ['名言', '语录', '引言']),
  col('quoteSource', '引语出处', 'quote.source.title', ['引语来源', '出处']),
  col('quoteUrl', '引语链接', 'quote.source.url', ['出处链接']),
  col('spirit', '科学家精神', 'spirit', ['精神']),
  col('topics', '主题', 'topics', ['主题领域', '领域', 'topic']),
  ...IMAGE,
  col('source', '来源', 'source.title', ['文章来源', '来源标题']),
  col('sourceUrl', '来源链接', 'source.url', ['原文链接']),
  col('publishedAt', '发布时间', 'publishedAt', ['发布日期', '发表时间']),
  col('sample', '示例', 'sample', ['样例', '示例数据']),
];

export const COLUMNS: Record<SheetKind, ColumnSpec[]> = {
  events: EVENT_COLUMNS,
  labs: LAB_COLUMNS,
  stories: STORY_COLUMNS,
};

/** Reduces a header to what identifies it: `开始时间（必填）*` and `Start_Time` → `开始时间`, `starttime`. */
export function headerKey(header: string): string {
  return header
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\((?:必填|选填|可选|required|optional)\)/g, '')
    .replace(/[\s_\-*()[\]【】]/g, '');
}

export interface HeaderMap {
  /** Column index of each known key present in the sheet. */
  index: Map<string, number>;
  /** The header text as written, per key (for reports). */
  header: Map<string, string>;
  /** Headers this sheet kind does not know (ignored, reported as warnings). */
  unknown: { index: number; header: string }[];
  /** Known columns that are not published (`承办单位`): reported once as a note. */
  ignored: { index: number; header: string }[];
  /** A second column for a key already taken (ignored, reported). */
  duplicate: { index: number; header: string; key: string }[];
  /** Required columns the sheet lacks. */
  missing: ColumnSpec[];
}

const lookupCache = new Map<SheetKind, Map<string, string>>();

function lookup(kind: SheetKind): Map<string, string> {
  let map = lookupCache.get(kind);
  if (!map) {
    map = new Map();
    for (const spec of COLUMNS[kind]) {
      for (const name of [spec.key, spec.zh, spec.en, ...(spec.aliases ?? [])]) {
        const key = headerKey(name);
        if (!map.has(key)) map.set(key, spec.key);
      }
    }
    lookupCache.set(kind, map);
  }
  return map;
}

/** Finds which column holds which field. */
export function mapHeader(kind: SheetKind, header: string[]): HeaderMap {
  const names = lookup(kind);
  const result: HeaderMap = {
    index: new Map(),
    header: new Map(),
    unknown: [],
    ignored: [],
    duplicate: [],
    missing: [],
  };
  const ignoredKeys = new Set(COLUMNS[kind].filter((s) => s.ignored).map((s) => s.key));
  header.forEach((text, index) => {
    if (text.trim() === '') return;
    const key = names.get(headerKey(text));
    if (!key) result.unknown.push({ index, header: text });
    else if (ignoredKeys.has(key)) result.ignored.push({ index, header: text });
    else if (result.index.has(key)) result.duplicate.push({ index, header: text, key });
    else {
      result.index.set(key, index);
      result.header.set(key, text);
    }
  });
  const hasTime = ['start', 'date', 'time'].some((key) => result.index.has(key));
  result.missing = COLUMNS[kind].filter((spec) => spec.required && !result.index.has(spec.key));
  if (kind !== 'stories' && !hasTime) {
    result.missing.push(COLUMNS[kind].find((spec) => spec.key === 'start')!);
  }
  return result;
}

/**
 * The header of the column a record field came from, for pointing an SDK issue at a cell.
 * `field` is the issue path without indexes (`venue.lat`, `openings.booking.url`).
 */
export function columnForField(kind: SheetKind, map: HeaderMap, field: string): string | undefined {
  let best: ColumnSpec | undefined;
  for (const spec of COLUMNS[kind]) {
    if (!map.index.has(spec.key)) continue;
    const hit = field === spec.field || field.startsWith(`${spec.field}.`);
    if (hit && (!best || spec.field.length > best.field.length)) best = spec;
  }
  // An issue about a whole object (`venue`) points at its first column in the sheet (`场馆`).
  best ??= COLUMNS[kind].find(
    (spec) => map.index.has(spec.key) && field !== '' && spec.field.startsWith(`${field}.`),
  );
  return best ? map.header.get(best.key) : undefined;
}

/** A column key of this sheet kind named by a header (`城市`, `city`, `地市`), for `--fill-down`. */
export function columnKey(kind: SheetKind, header: string): string | undefined {
  return lookup(kind).get(headerKey(header));
}

/**
 * Notes organisers put in the row under the header: `必填`, `格式：2025-05-30`, `示例：…`,
 * `e.g. …`, `请填写…`, `（选填）`. A data cell does not start like this.
 */
const NOTE_CELL =
  /^[(（【[]?\s*(?:必填|选填|非必填|可选|可不填|必须填写|required|optional)\s*[)）】\]]?(?:$|[\s:：,，;；。(（])|^(?:格式|示例|样例|例如|例|举例|说明|填写说明|填表说明|注|备注|format|example|e\.g\.|eg)\s*[:：.]|^(?:请填写|请选择|请输入|如[:：]|填写)/i;

/**
 * True when a row (the cells as read) is a row of notes about the columns, not data: at least
 * half of its filled cells (and at least one) read as notes.
 */
export function isNotesRow(cells: readonly string[]): boolean {
  const filled = cells.map((c) => c.trim()).filter(Boolean);
  if (filled.length === 0) return false;
  const notes = filled.filter((c) => NOTE_CELL.test(c.normalize('NFKC'))).length;
  return notes >= 1 && notes * 2 >= filled.length;
}
