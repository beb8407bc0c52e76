/**
 * 部署说明.txt and DEPLOY.txt: which headers each file of a self-host bundle needs, with an nginx
 * server block and the steps for object storage (OSS, COS, S3-style buckets), plus every file
 * with its Cache-Control, for upload scripts.
 */
import { IMMUTABLE, REVALIDATE } from '../serve.js';

/**
 * Files whose name changes with their content: rollup's chunks (`lit-B3x9Kd2a.js`, 8 base64url
 * characters) and the feed's data files (`events.3f2a9c1b.json`). Everything else keeps its name
 * across releases (loader.js, widgets/events.js, manifest.json…) and must be revalidated.
 */
export function isHashed(path: string): boolean {
  return (
    /^cdn\/chunks\/.+-[A-Za-z0-9_-]{8}\.js$/.test(path) ||
    /^feed\/.+\.[0-9a-f]{8,}\.json$/.test(path)
  );
}

export const cacheFor = (path: string) => (isHashed(path) ? IMMUTABLE : REVALIDATE);

const NGINX = (root: string) => `server {
    # ... listen, server_name, ssl ...
    root ${root};
    charset utf-8;
    gzip on;
    gzip_types text/javascript application/json text/css;

    # CORS (partner sites load the widgets and read the feed from their own origin) is set in
    # each location: nginx drops the server's add_header lines in a location that has its own.

    # Hashed chunks and data files never change: cache for a year.
    location ~ ^/(cdn/chunks/.+-[A-Za-z0-9_-]{8}\\.js|feed/.+\\.[0-9a-f]{8,}\\.json)$ {
        add_header Cache-Control "${IMMUTABLE}" always;
        add_header Access-Control-Allow-Origin "*" always;
        add_header Access-Control-Expose-Headers "ETag, Date" always;
    }
    # Everything else (loader.js, widgets/*.js, manifest.json, index.html): revalidate every time.
    location / {
        add_header Cache-Control "${REVALIDATE}" always;
        add_header Access-Control-Allow-Origin "*" always;
        add_header Access-Control-Expose-Headers "ETag, Date" always;
        etag on;
    }
}`;

export function deployNotes(files: readonly string[], lang: 'zh-CN' | 'en', base?: string): string {
  const list = files
    .map((f) => `${cacheFor(f) === IMMUTABLE ? 'immutable ' : 'no-cache  '} ${f}`)
    .join('\n');
  const root = '/srv/www/science-week';
  if (lang === 'zh-CN') {
    return `自托管包:部署说明
====================

这个目录可以原样放到任何静态网站服务器或对象存储上${base ? `(预期地址:${base})` : ''}。
  index.html       嵌入代码生成页:合作网站编辑在这里选组件、复制代码
  cdn/loader.js    合作网站页面引用的加载脚本(代码里的 <script src>)
  cdn/widgets/、cdn/chunks/  组件代码
  feed/manifest.json         数据源入口(组件的 src 属性指向它)

一、每类文件需要的响应头
  带哈希的文件(cdn/chunks/*-XXXXXXXX.js、feed/*.xxxxxxxx.json):
      Cache-Control: ${IMMUTABLE}
  其余文件(loader.js、widgets/*.js、sdk.js、manifest.json、index.html 等):
      Cache-Control: ${REVALIDATE}      (每次都向服务器确认,更新后立即生效)
  所有文件:
      Access-Control-Allow-Origin: *     (合作网站跨域加载组件和数据)
      Access-Control-Expose-Headers: ETag, Date
  类型:.js 为 text/javascript,.json 为 application/json,.html 为 text/html;均为 UTF-8。

二、nginx
${NGINX(root)}

三、对象存储(阿里云 OSS、腾讯云 COS 等)
  1. 上传时按上表给每个文件设置 Cache-Control 元数据(下面列出了每个文件应设的值);
     先上传 cdn/ 和 feed/ 中带哈希的文件,最后上传 feed/manifest.json、cdn/loader.js 和 index.html。
  2. 在存储桶的跨域(CORS)设置中:来源 *(或合作网站的域名),方法 GET、HEAD,
     暴露头 ETag、Date,缓存时间 86400 秒。
  3. 如接入 CDN 加速,请让 CDN 遵从源站的 Cache-Control,并对 manifest.json、loader.js 不做强制缓存。
  4. 更新数据时保留旧的带哈希文件几天,已打开页面的访客仍能读取。

四、每个文件的 Cache-Control
${list}
`;
  }
  return `Self-host bundle: deployment notes
==================================

Put this folder as it is on any static web server or object storage${base ? ` (expected address: ${base})` : ''}.
  index.html       the embed builder: partner-site editors pick a widget and copy the code here
  cdn/loader.js    the script partner pages load (the <script src> of the code)
  cdn/widgets/, cdn/chunks/  the widgets' code
  feed/manifest.json         the feed (the widgets' src attribute points at it)

1. Headers each kind of file needs
  Hashed files (cdn/chunks/*-XXXXXXXX.js, feed/*.xxxxxxxx.json):
      Cache-Control: ${IMMUTABLE}
  Every other file (loader.js, widgets/*.js, sdk.js, manifest.json, index.html…):
      Cache-Control: ${REVALIDATE}      (revalidated every time, so an update shows at once)
  Every file:
      Access-Control-Allow-Origin: *     (partner sites load the widgets and the feed cross-origin)
      Access-Control-Expose-Headers: ETag, Date
  Types: .js text/javascript, .json application/json, .html text/html; all UTF-8.

2. nginx
${NGINX(root)}

3. Object storage (Alibaba Cloud OSS, Tencent COS, S3-style buckets)
  1. On upload, set each file's Cache-Control metadata as above (the list below gives every file);
     upload the hashed files of cdn/ and feed/ first, and feed/manifest.json, cdn/loader.js and
     index.html last.
  2. In the bucket's CORS rules: origin * (or the partner sites' origins), methods GET and HEAD,
     exposed headers ETag and Date, max age 86400 seconds.
  3. Behind a CDN, let it follow the origin's Cache-Control and never force-cache manifest.json
     or loader.js.
  4. When the feed is updated, keep the old hashed files for a few days: open pages still read them.

4. Cache-Control of every file
${list}
`;
}
