/**
 * The sentence a person reads for a validation issue, in their language. Issues carry a stable
 * `code` and its `params`; the CLI and the widgets' developer messages translate through here,
 * so a new rule adds its wording in one place (test/sdk/issue-messages.test.ts checks that every
 * code the validator emits has both languages).
 */
import type { FeedIssue } from './types.js';

export type IssueLang = 'zh-CN' | 'en';

type Params = Record<string, string | number>;
type Wording = (p: Params, issue: FeedIssue) => string;

const field = (p: Params, issue: FeedIssue) => String(p.field || issue.path);
const value = (p: Params) => (p.value === undefined ? '' : String(p.value));

const TYPE_ZH: Record<string, string> = {
  text: '文本',
  number: '数字',
  boolean: 'true 或 false',
  list: '列表',
  object: '对象',
};

/** What the value must be, per code: the first half of each sentence. */
export const ISSUE_WORDING: Record<string, Record<IssueLang, Wording>> = {
  'value.missing': {
    'zh-CN': (p, i) => `${field(p, i)} 缺失`,
    en: (p, i) => `${field(p, i)} is missing`,
  },
  'value.type': {
    'zh-CN': (p, i) =>
      `${field(p, i)} 应为${TYPE_ZH[String(p.expected)] ?? p.expected}(现为 ${value(p)})`,
    en: (p, i) =>
      `${field(p, i)} must be ${p.expected === 'boolean' ? 'true or false' : `a ${p.expected}`} (it is ${value(p)})`,
  },
  'value.form': {
    'zh-CN': (p, i) => `${field(p, i)} 的写法不符合任何允许的形式`,
    en: (p, i) => `${field(p, i)} has none of the allowed forms`,
  },
  'text.empty': {
    'zh-CN': (p, i) => `${field(p, i)} 为空`,
    en: (p, i) => `${field(p, i)} is empty`,
  },
  'text.too-long': {
    'zh-CN': (p, i) =>
      `${field(p, i)} 超过 ${p.max} 个字符(共 ${p.length} 个);编号、链接和日期不会被截断,请缩短`,
    en: (p, i) =>
      `${field(p, i)} is longer than ${p.max} characters (${p.length}); ids, links and dates are never cut, so shorten it`,
  },
  'text.shortened': {
    'zh-CN': (p, i) => `${field(p, i)} 超过 ${p.max} 个字符(共 ${p.length} 个),已截短`,
    en: (p, i) =>
      `${field(p, i)} was longer than ${p.max} characters (${p.length}) and was shortened`,
  },
  'text.control-chars': {
    'zh-CN': (p, i) =>
      `${field(p, i)} 含控制字符或文字方向字符(${p.chars}),已删除;请在源表格中删去这些不可见字符`,
    en: (p, i) =>
      `${field(p, i)} contained control or text-direction characters (${p.chars}), which were removed; delete these invisible characters in the source`,
  },
  'text.pattern': {
    'zh-CN': (p, i) => `${field(p, i)} 的值 "${value(p)}" 格式不对`,
    en: (p, i) => `${field(p, i)} "${value(p)}" is not in the expected form`,
  },
  'id.pattern': {
    'zh-CN': (p, i) =>
      `${field(p, i)} "${value(p)}" 不是有效编号:应为 1–100 个字母、数字、点、冒号、连字符或下划线,且不含空格`,
    en: (p, i) =>
      `${field(p, i)} "${value(p)}" is not a valid id: use 1–100 letters, digits, dots, colons, hyphens or underscores, no spaces`,
  },
  'term.pattern': {
    'zh-CN': (p, i) =>
      `${field(p, i)} "${value(p)}" 不是有效的词表编号:应为小写字母、数字和连字符,例如 open-day`,
    en: (p, i) =>
      `${field(p, i)} "${value(p)}" is not a vocabulary id: use lower-case letters, digits and hyphens, e.g. open-day`,
  },
  'division.pattern': {
    'zh-CN': (p, i) => `${field(p, i)} "${value(p)}" 不是六位行政区划代码,例如太原市为 140100`,
    en: (p, i) =>
      `${field(p, i)} "${value(p)}" is not a six-digit division code such as 140100 (Taiyuan)`,
  },
  'email.pattern': {
    'zh-CN': (p, i) => `${field(p, i)} "${value(p)}" 不是电子邮箱地址`,
    en: (p, i) => `${field(p, i)} "${value(p)}" is not an email address`,
  },
  'format.instant': {
    'zh-CN': (p, i) =>
      `${field(p, i)} "${value(p)}" 不是日期时间,应写成 2025-05-30T14:00:00+08:00 或 2025-05-30 14:00`,
    en: (p, i) =>
      `${field(p, i)} "${value(p)}" is not a date and time; write 2025-05-30T14:00:00+08:00 or 2025-05-30 14:00`,
  },
  'format.date': {
    'zh-CN': (p, i) => `${field(p, i)} "${value(p)}" 不是日历日期,应写成 2025-05-30`,
    en: (p, i) => `${field(p, i)} "${value(p)}" is not a calendar date; write 2025-05-30`,
  },
  'format.timeZone': {
    'zh-CN': (p, i) => `${field(p, i)} "${value(p)}" 不是时区名称,例如 Asia/Shanghai`,
    en: (p, i) => `${field(p, i)} "${value(p)}" is not a time zone name such as Asia/Shanghai`,
  },
  'format.url': {
    'zh-CN': (p, i) => `${field(p, i)} "${value(p)}" 不是以 https:// 等开头的完整链接`,
    en: (p, i) => `${field(p, i)} "${value(p)}" is not an absolute link`,
  },
  'url.scheme': {
    'zh-CN': (p, i) =>
      `${field(p, i)} "${value(p)}" 的链接类型不允许:只保留 http、https、mailto 和 tel 链接`,
    en: (p, i) =>
      `${field(p, i)} "${value(p)}" is not allowed: only http, https, mailto and tel links are kept`,
  },
  'url.no-scheme': {
    'zh-CN': (p, i) =>
      `${field(p, i)} "${value(p)}" 缺少开头的 https://,请写成 https://${value(p)}`,
    en: (p, i) => `${field(p, i)} "${value(p)}" lacks https:// in front; write https://${value(p)}`,
  },
  'url.invalid': {
    'zh-CN': (p, i) =>
      `${field(p, i)} "${value(p)}" 不是有效链接,应为以 https://、http://、mailto: 或 tel: 开头的完整地址`,
    en: (p, i) =>
      `${field(p, i)} "${value(p)}" is not a valid link; use a full address starting with https://, http://, mailto: or tel:`,
  },
  'number.range': {
    'zh-CN': (p, i) =>
      `${field(p, i)} 的值 ${value(p)} 超出范围(${p.min ?? '−∞'} 至 ${p.max ?? '∞'})`,
    en: (p, i) =>
      `${field(p, i)} ${value(p)} is out of range (${p.min ?? '−∞'} to ${p.max ?? '∞'})`,
  },
  'number.integer': {
    'zh-CN': (p, i) => `${field(p, i)} 的值 ${value(p)} 应为整数`,
    en: (p, i) => `${field(p, i)} ${value(p)} must be a whole number`,
  },
  'coordinates.swapped': {
    'zh-CN': (p, i) =>
      `${field(p, i)} 的值 ${value(p)} 不是纬度;纬度和经度似乎写反了(经度为 ${p.lng}),请对调 lat 和 lng`,
    en: (p, i) =>
      `${field(p, i)} ${value(p)} is no latitude; lat and lng look swapped (lng is ${p.lng}): exchange them`,
  },
  'coordinates.half': {
    'zh-CN': (p, i) => `${field(p, i)} 只有纬度或经度之一,两者均已忽略;请同时填写 lat 和 lng`,
    en: (p, i) => `${field(p, i)} has only one of lat and lng, so both were ignored; give both`,
  },
  'list.too-short': {
    'zh-CN': (p, i) => `${field(p, i)} 至少需要 ${p.min} 个有效条目`,
    en: (p, i) =>
      `${field(p, i)} needs at least ${p.min} valid ${p.min === 1 ? 'entry' : 'entries'}`,
  },
  'list.type': {
    'zh-CN': (p, i) => `${field(p, i)} 应为列表(现为 ${value(p)}),因此未读取任何记录`,
    en: (p, i) => `${field(p, i)} must be a list (it is ${value(p)}), so no records were read`,
  },
  'list.duplicate': {
    'zh-CN': (p, i) => `${field(p, i)} 重复了 "${value(p)}"`,
    en: (p, i) => `${field(p, i)} repeats "${value(p)}"`,
  },
  'record.duplicate-id': {
    'zh-CN': (p) => `编号 "${value(p)}" 与前面的记录重复;每条记录的 id 必须唯一`,
    en: (p) => `the id "${value(p)}" repeats an earlier record's; every id must be unique`,
  },
  'city.unknown': {
    'zh-CN': (p, i) => `${field(p, i)} "${value(p)}" 不是本届活动的城市;已知城市代码:${p.known}`,
    en: (p, i) =>
      `${field(p, i)} "${value(p)}" is not one of the edition's cities; known codes: ${p.known}`,
  },
  'term.unknown': {
    'zh-CN': (p, i) => `${field(p, i)} "${value(p)}" 不在本届活动的词表中;已知编号:${p.known}`,
    en: (p, i) =>
      `${field(p, i)} "${value(p)}" is not in the edition's ${p.vocabulary}; known ids: ${p.known}`,
  },
  'event.no-location': {
    'zh-CN': () => `活动既没有地点(venue)也没有线上地址(online);请至少填写一项`,
    en: () => `the event has neither a venue nor an online location; give at least one`,
  },
  'time.end-before-start': {
    'zh-CN': (p, i) => `${field(p, i)} ${value(p)} 早于开始时间 ${p.start}`,
    en: (p, i) => `${field(p, i)} ${value(p)} is before the start ${p.start}`,
  },
  'feed.version-missing': {
    'zh-CN': (p) =>
      `缺少 schemaVersion,已按 ${p.version} 版读取;请写明 "schemaVersion": "${p.version}"`,
    en: (p) =>
      `schemaVersion is missing, so the feed was read as version ${p.version}; add "schemaVersion": "${p.version}"`,
  },
  'feed.resources-type': {
    'zh-CN': () => `resources 应为对象(写明 events、labs、stories 的位置),已忽略`,
    en: () =>
      `resources must be an object naming where events, labs and stories are, so it was ignored`,
  },
  'feed.empty': {
    'zh-CN': () => `数据既没有 resources,也没有 events、labs 或 stories,因此没有任何内容`,
    en: () => `the feed has neither resources nor events, labs or stories, so it lists nothing`,
  },
  'feed.not-object': {
    'zh-CN': () => `数据不是 JSON 对象,因此没有活动届次(edition)`,
    en: () => `the feed is not a JSON object, so it has no edition`,
  },
};

const KIND_ZH: Record<string, string> = { event: '活动', lab: '实验室', story: '故事' };

/** The second half: what happened because of it. */
function outcome(issue: FeedIssue, lang: IssueLang): string {
  const p = issue.params ?? {};
  const zh = lang === 'zh-CN';
  switch (p.outcome) {
    case 'dropped': {
      const kind = String(p.kind ?? 'record');
      return zh
        ? `,因此这条${KIND_ZH[kind] ?? '记录'}(${p.record ?? issue.path})未被采用。`
        : `, so this ${kind} (${p.record ?? issue.path}) was dropped.`;
    }
    case 'ignored':
      return zh
        ? `,因此 ${p.ignored || p.field || issue.path} 已忽略。`
        : `, so ${p.ignored || p.field || issue.path} was ignored.`;
    case 'kept':
      return zh ? `;已按原样保留。` : `; it is kept as it is.`;
    case 'fatal':
      return zh ? `,因此无法读取这份数据。` : `, so the feed cannot be read.`;
    default:
      return zh ? '。' : '.';
  }
}

/** Every code the validator can emit. */
export const ISSUE_CODES = Object.keys(ISSUE_WORDING);

/**
 * The issue in `lang`: what is wrong, where, the value, a fix where one is known, and what
 * happened to the record. An issue without a known code falls back to its English `message`.
 * @example issueText({ path: 'events[2].url', code: 'url.no-scheme', params: { field: 'url', value: 'www.example.org', outcome: 'ignored' }, … }, 'zh-CN')
 */
export function issueText(issue: FeedIssue, lang: IssueLang): string {
  const wording = issue.code ? ISSUE_WORDING[issue.code] : undefined;
  if (!wording) return issue.message;
  const text = wording[lang === 'en' ? 'en' : 'zh-CN'](issue.params ?? {}, issue);
  const where = lang === 'en' ? ` (at ${issue.path})` : `(位置 ${issue.path})`;
  // Field names keep their case in Chinese; an English sentence starts with a capital.
  const sentence = lang === 'en' ? text.charAt(0).toUpperCase() + text.slice(1) : text;
  return `${sentence}${issue.params?.outcome ? '' : where}${outcome(issue, lang)}`;
}
