/**
 * What `stats`, `bundle` and the pages of `serve` say, in Chinese and English. Kept apart from
 * messages.ts so these commands add words without touching the shared catalogue.
 */
import type { Lang } from './messages.js';
import type { Measure, TableId } from './stats/compute.js';

export type OrganiserCommand = 'stats' | 'bundle';
export const ORGANISER_COMMANDS: readonly OrganiserCommand[] = ['stats', 'bundle'];

export interface OrganiserMessages {
  help: Record<OrganiserCommand, string>;
  /** Lines added to `sx-feed --help`'s command list. */
  mainLines: string;
  stats: {
    title: (edition: string) => string;
    tables: Record<TableId, string>;
    measures: Record<Measure, string>;
    fixed: Record<string, string>;
    totals: (events: number, labs: number, openDays: number, stories: number) => string;
    /** Topics, audiences and honours: a record may count under several rows. */
    severalNote: string;
    daysNote: string;
    csvColumns: [string, string, string, string, string];
    wrote: (file: string) => string;
    chartLabel: (table: string) => string;
  };
  bundle: {
    wrote: (dir: string, files: number) => string;
    noCdn: (dir: string) => string;
    notEmpty: (dir: string) => string;
    badBase: (value: string) => string;
  };
  serve: {
    partnersUse: (url: string) => string;
    previewTitle: string;
    report: string;
    noProblems: string;
    builderLink: string;
    previewLink: string;
  };
}

const zh: OrganiserMessages = {
  help: {
    stats: `用法:sx-feed stats <来源> [--csv 统计.csv] [--html 统计.html]

按城市、主题、类别、对象、日期、形式(线下/线上)、收费、报名统计活动,
按类型和城市统计开放的实验室及开放天数,按荣誉统计人物故事。
<来源> 可以是 feed.json、数据源目录(manifest.json)或网址。

选项:
  --csv 文件     写出 CSV(带 BOM 的 UTF-8,可用 Excel 打开)
  --html 文件    写出一页可打印的 HTML 报告(含柱状图)
  --lang zh-CN|en  表格和报告的语言`,
    bundle: `用法:sx-feed bundle <数据源目录> --out <目录> [--base 网址]

生成自托管所需的全部文件:CDN 版组件(loader.js 及分块)、数据源、
预设好本目录地址的嵌入代码生成页,以及部署说明(部署说明.txt、DEPLOY.txt)。

选项:
  --out 目录     输出目录(须为空或不存在)
  --base 网址    这个目录上线后的网址(如 https://kx.example.cn/week/);
                 省略时生成页按它自己所在的地址推算`,
  },
  mainLines: `  stats <来源>        统计活动、实验室、人物故事(表格、CSV、HTML 报告)
  bundle <目录>       生成自托管包(组件、数据源、生成页、部署说明)`,
  stats: {
    title: (e) => `${e} · 统计`,
    tables: {
      city: '按城市',
      topic: '按主题',
      category: '按活动类别',
      audience: '按面向对象',
      day: '按日期',
      form: '按形式',
      fee: '按收费',
      registration: '按报名',
      labKind: '开放实验室 · 按类型',
      labCity: '开放实验室 · 按城市',
      honour: '人物故事 · 按荣誉',
    },
    measures: { events: '活动', labs: '实验室', openDays: '开放天数', stories: '故事' },
    fixed: {
      onsite: '线下',
      online: '线上',
      hybrid: '线下 + 线上',
      free: '免费',
      paid: '收费',
      unknown: '未说明',
      required: '需报名',
      notRequired: '无需报名',
      none: '无荣誉',
    },
    totals: (e, l, d, s) => `活动 ${e} 场 · 实验室 ${l} 个(开放 ${d} 天次)· 人物故事 ${s} 篇`,
    severalNote: '一条记录可属于多个主题、对象或荣誉,各行之和可能大于总数。',
    daysNote: '跨多天的活动计入它进行的每一天。',
    csvColumns: ['统计表', '编号', '名称', '指标', '数量'],
    wrote: (f) => `已写出 ${f}`,
    chartLabel: (t) => `${t}(柱状图)`,
  },
  bundle: {
    wrote: (d, n) => `已生成自托管包 ${d}(${n} 个文件);部署方法见其中的 部署说明.txt`,
    noCdn: (d) => `找不到 CDN 版组件(${d}/loader.js):请先运行 npm run build`,
    notEmpty: (d) => `${d} 不是空目录:请换一个输出目录,或先清空它`,
    badBase: (v) => `--base 需要 http(s) 网址,而不是“${v}”`,
  },
  serve: {
    partnersUse: (u) => `合作网站在 src 属性里填写:${u}`,
    previewTitle: '预览:公众看到的样子',
    report: '检查结果(按文件)',
    noProblems: '没有发现问题。',
    builderLink: '嵌入代码生成页',
    previewLink: '四个组件预览',
  },
};

const en: OrganiserMessages = {
  help: {
    stats: `Usage: sx-feed stats <source> [--csv stats.csv] [--html stats.html]

Counts events by city, topic, category, audience, day, form (onsite/online), fee and
registration; open labs and their open days by kind and city; stories by honour.
<source> is a feed.json, a feed directory (manifest.json) or a URL.

Options:
  --csv file     write a CSV (UTF-8 with BOM, opens in Excel)
  --html file    write a one-page printable HTML report with bar charts
  --lang zh-CN|en  language of the table and the report`,
    bundle: `Usage: sx-feed bundle <feed dir> --out <dir> [--base url]

Writes everything needed to self-host: the CDN build of the widgets (loader.js and its chunks),
the feed, the embed builder preset to the folder's own address, and the deployment notes
(部署说明.txt, DEPLOY.txt).

Options:
  --out dir      output folder (must be empty or absent)
  --base url     the folder's public address (e.g. https://kx.example.cn/week/);
                 without it the builder works it out from its own address`,
  },
  mainLines: `  stats <source>      counts of events, labs and stories (table, CSV, HTML report)
  bundle <dir>        a self-host folder (widgets, feed, builder, deployment notes)`,
  stats: {
    title: (e) => `${e} · statistics`,
    tables: {
      city: 'By city',
      topic: 'By topic',
      category: 'By category',
      audience: 'By audience',
      day: 'By day',
      form: 'By form',
      fee: 'By fee',
      registration: 'By registration',
      labKind: 'Open labs by kind',
      labCity: 'Open labs by city',
      honour: 'Stories by honour',
    },
    measures: { events: 'events', labs: 'labs', openDays: 'open days', stories: 'stories' },
    fixed: {
      onsite: 'Onsite',
      online: 'Online',
      hybrid: 'Onsite + online',
      free: 'Free',
      paid: 'Paid',
      unknown: 'Not stated',
      required: 'Registration required',
      notRequired: 'No registration',
      none: 'No honour',
    },
    totals: (e, l, d, s) => `${e} events · ${l} labs (${d} lab open days) · ${s} stories`,
    severalNote:
      'A record may belong to several topics, audiences or honours: rows can add up to more than the total.',
    daysNote: 'An event over several days counts on each day it runs.',
    csvColumns: ['table', 'key', 'name', 'measure', 'count'],
    wrote: (f) => `wrote ${f}`,
    chartLabel: (t) => `${t} (bar chart)`,
  },
  bundle: {
    wrote: (d, n) => `wrote the self-host folder ${d} (${n} files); see DEPLOY.txt in it`,
    noCdn: (d) => `the CDN build is missing (${d}/loader.js): run npm run build first`,
    notEmpty: (d) => `${d} is not empty: choose another output folder or empty it first`,
    badBase: (v) => `--base needs an http(s) URL, not "${v}"`,
  },
  serve: {
    partnersUse: (u) => `Partner sites put this in the src attribute: ${u}`,
    previewTitle: 'Preview: what the public will see',
    report: 'Problems by file',
    noProblems: 'No problems found.',
    builderLink: 'Embed builder',
    previewLink: 'All four widgets',
  },
};

export const ORGANISER_MESSAGES: Record<Lang, OrganiserMessages> = { 'zh-CN': zh, en };

export function isOrganiserCommand(name: string): name is OrganiserCommand {
  return (ORGANISER_COMMANDS as readonly string[]).includes(name);
}

/** The main help with these commands listed under the others (after the `serve` line). */
export function withOrganiserCommands(mainHelp: string, lang: Lang): string {
  const lines = mainHelp.split('\n');
  const at = lines.findIndex((line) => /^\s+serve\b/.test(line));
  if (at < 0) return `${mainHelp}\n${ORGANISER_MESSAGES[lang].mainLines}`;
  lines.splice(at + 1, 0, ORGANISER_MESSAGES[lang].mainLines);
  return lines.join('\n');
}
