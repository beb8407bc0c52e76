/** The builder's own words, in Chinese and English (the widgets' descriptions come from the manifest). */
export type UiLang = 'zh-CN' | 'en';

export interface Ui {
  title: string;
  intro: string;
  widget: string;
  attributes: string;
  tokens: string;
  resetTokens: string;
  loader: string;
  loaderHint: string;
  preview: string;
  phone: string;
  desktop: string;
  light: string;
  dark: string;
  snippet: string;
  copy: string;
  copied: string;
  copyFailed: string;
  byDefault: string;
  all: string;
  language: string;
  listsFailed: string;
}

export const UI: Record<UiLang, Ui> = {
  'zh-CN': {
    title: '嵌入代码生成器',
    intro: '选择组件、设置属性,预览后复制代码粘贴到网页中。',
    widget: '组件',
    attributes: '属性',
    tokens: '颜色',
    resetTokens: '恢复默认颜色',
    loader: '加载脚本地址',
    loaderHint: '公共 npm CDN,或你们自己的服务器上的 loader.js',
    preview: '预览',
    phone: '手机(375 像素)',
    desktop: '电脑(1280 像素)',
    light: '浅色',
    dark: '深色',
    snippet: '嵌入代码',
    copy: '复制代码',
    copied: '已复制到剪贴板',
    copyFailed: '无法自动复制:请选中代码后按 Ctrl+C',
    byDefault: '(默认)',
    all: '全部',
    language: 'English',
    listsFailed: '无法读取数据源中的城市和主题列表:预览里会显示具体原因',
  },
  en: {
    title: 'Embed builder',
    intro:
      'Pick a widget, set its attributes, check the preview, and copy the code into your page.',
    widget: 'Widget',
    attributes: 'Attributes',
    tokens: 'Colours',
    resetTokens: 'Reset colours',
    loader: 'Loader URL',
    loaderHint: 'a public npm CDN, or loader.js on your own server',
    preview: 'Preview',
    phone: 'Phone (375 px)',
    desktop: 'Desktop (1280 px)',
    light: 'Light',
    dark: 'Dark',
    snippet: 'Code to paste',
    copy: 'Copy code',
    copied: 'Copied to the clipboard',
    copyFailed: 'Could not copy: select the code and press Ctrl+C',
    byDefault: '(default)',
    all: 'All',
    language: '中文',
    listsFailed: "The feed's city and topic lists could not be read: the preview shows why",
  },
};
