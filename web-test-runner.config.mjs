import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { handleFeedRoute } from './test/support/feed-routes.mjs';
import { handlePageRoute } from './test/support/page-routes.mjs';
import { minifiedTemplatesPlugin } from './test/support/minified-templates-plugin.mjs';
import { requestWavesPlugin } from './test/support/request-waves-plugin.mjs';
import { timezonePlugin } from './test/support/timezone-plugin.mjs';
import { touchPlugin } from './test/support/touch-plugin.mjs';

// Debian's Chromium, started the way it works as root without a network (see TOOLCHAIN.md).
const chromiumFlags = [
  '--no-sandbox',
  '--headless=new',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // Two test pages run at once; neither may be throttled as a background tab (timers, rAF,
  // image decoding), or time-driven widget tests would flake.
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
];

const tsconfig = fileURLToPath(new URL('./tsconfig.json', import.meta.url));

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  nodeResolve: { exportConditions: ['browser', 'development'] },
  rootDir: '.',
  port: Number(process.env.WTR_PORT ?? 8765),
  // One page at a time: hover, image errors and media-query changes are flaky in a page that
  // shares the browser with another running test (seen with story-card rotation tests).
  concurrency: 1,
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
        args: chromiumFlags,
      },
    }),
  ],
  plugins: [
    esbuildPlugin({ ts: true, json: true, tsconfig }),
    // After esbuild: the minifier reads the JavaScript it serves.
    ...(process.env.WTR_MINIFIED ? [minifiedTemplatesPlugin()] : []),
    timezonePlugin(),
    touchPlugin(),
    requestWavesPlugin(),
  ],
  middleware: [
    // Real HTTP for the client tests: scripted feed responses served by this same server. Test
    // pages with their own headers (strict CSP, Trusted Types, a hostile host): page-routes.mjs.
    (ctx, next) => {
      if (handleFeedRoute(ctx.req, ctx.res) || handlePageRoute(ctx.req, ctx.res)) {
        ctx.respond = false;
        return undefined;
      }
      return next();
    },
  ],
  // `WTR_FILES='test/widgets/a.test.ts,test/sdk/b.test.ts'` runs only those files: with groups set,
  // `--files` on the command line still runs every group.
  ...(process.env.WTR_FILES
    ? { files: process.env.WTR_FILES.split(',') }
    : {
        groups: [
          { name: 'sdk', files: 'test/sdk/**/*.test.ts' },
          { name: 'widgets', files: 'test/widgets/**/*.test.ts' },
        ],
      }),
  filterBrowserLogs: ({ args }) => !String(args[0] ?? '').includes('Lit is in dev mode'),
  testFramework: { config: { timeout: 10000 } },
};
