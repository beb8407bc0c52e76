// Builds the <sx-events> harness page (bench/events-harness.ts) into .bench-out/events/ and
// serves it: used by bench/events-render.mjs and for screenshots.
//   node bench/events-page.mjs            build, serve on 127.0.0.1:8816 until stopped
import { createServer } from 'node:http';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const repo = fileURLToPath(new URL('..', import.meta.url));
export const outDir = join(repo, '.bench-out', 'events');

const PAGE = `<!doctype html>
<html lang="zh-CN">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>sx-events harness</title>
    <style>
      body { margin: 0; background: #f4f6f8; font: 16px/1.5 Georgia, serif; }
      body.dark { background: #0d1117; }
      main { box-sizing: border-box; max-width: 1100px; margin: 0 auto; padding: 24px 16px; }
      h1 { font-size: 22px; margin: 0 0 16px; color: #1d4e89; }
      body.dark h1 { color: #8db8f0; }
    </style>
  </head>
  <body>
    <main><h1 id="page-title">科技活动周 · 活动日程</h1></main>
    <script>
      const p = new URLSearchParams(location.search);
      if (p.get('lang')) document.documentElement.lang = p.get('lang');
      if (p.get('a-theme') === 'dark') document.body.classList.add('dark');
      if (p.get('lang') === 'en') document.getElementById('page-title').textContent = 'Science and Technology Week · Programme';
    </script>
    <script type="module" src="./harness.js"></script>
  </body>
</html>
`;

/** Bundles the harness (Lit's production build) and writes the page. */
export async function buildEventsPage() {
  await mkdir(outDir, { recursive: true });
  await build({
    entryPoints: [join(repo, 'bench/events-harness.ts')],
    bundle: true,
    format: 'esm',
    target: 'es2021',
    outfile: join(outDir, 'harness.js'),
    tsconfig: join(repo, 'tsconfig.json'),
    loader: { '.json': 'json' },
    minify: !process.env.BENCH_NO_MINIFY,
    logLevel: 'warning',
  });
  await writeFile(join(outDir, 'index.html'), PAGE);
  return outDir;
}

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8' };

/** Serves `outDir` on 127.0.0.1:`port`; resolves to the server. */
export function serveEventsPage(port = 8816) {
  const server = createServer(async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const file = normalize(join(outDir, path === '/' ? 'index.html' : path));
    if (!file.startsWith(outDir)) return res.writeHead(403).end();
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await buildEventsPage();
  const port = Number(process.env.PORT ?? 8816);
  await serveEventsPage(port);
  console.log(`http://127.0.0.1:${port}/`);
}
