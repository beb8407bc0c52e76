import { expect } from '@open-wc/testing';
import { autoload } from '../../cdn/autoload.js';

const BASE = 'https://cdn.example/sx/loader.js';
const chunks = {
  'sx-fake-a': './widgets/a.js',
  'sx-fake-b': './widgets/b.js',
  'sx-fake-c': './widgets/c.js',
};

/** A loader wired to a recorder instead of the network, and to a registry the test controls. */
function start(options: { defined?: string[]; fail?: string[] } = {}) {
  const requested: string[] = [];
  const defined = new Set(options.defined ?? []);
  const stop = autoload({
    chunks,
    base: BASE,
    registry: { get: (tag: string) => (defined.has(tag) ? HTMLElement : undefined) },
    load: (url) => {
      requested.push(url);
      return options.fail?.some((name) => url.endsWith(name))
        ? Promise.reject(new Error('offline'))
        : Promise.resolve();
    },
  });
  return { requested, stop };
}

/** Mutation observer callbacks run as a microtask queued at insertion, before this one. */
const mutationsDelivered = () => Promise.resolve();

describe('CDN loader', () => {
  let host: HTMLElement;
  let stop: () => void = () => {};

  beforeEach(() => {
    host = document.createElement('div');
    document.body.append(host);
  });
  afterEach(() => {
    stop();
    host.remove();
  });

  it('loads the chunk of each tag in the page once, resolved against the loader URL', () => {
    host.innerHTML = '<sx-fake-a></sx-fake-a><p><sx-fake-a></sx-fake-a></p>';
    const run = start();
    stop = run.stop;
    expect(run.requested).to.deep.equal(['https://cdn.example/sx/widgets/a.js']);
  });

  it('loads nothing for tags that are not in the page', () => {
    const run = start();
    stop = run.stop;
    expect(run.requested).to.deep.equal([]);
  });

  it('leaves alone tags that something else already defined', () => {
    host.innerHTML = '<sx-fake-a></sx-fake-a><sx-fake-b></sx-fake-b>';
    const run = start({ defined: ['sx-fake-a'] });
    stop = run.stop;
    expect(run.requested).to.deep.equal(['https://cdn.example/sx/widgets/b.js']);
  });

  it('loads a widget inserted later, also deep inside an inserted subtree', async () => {
    const run = start();
    stop = run.stop;
    host.insertAdjacentHTML('beforeend', '<sx-fake-b></sx-fake-b>');
    const section = document.createElement('section');
    section.innerHTML = '<div><sx-fake-c></sx-fake-c></div>';
    host.append(section);
    await mutationsDelivered();
    expect(run.requested).to.deep.equal([
      'https://cdn.example/sx/widgets/b.js',
      'https://cdn.example/sx/widgets/c.js',
    ]);
  });

  it('does not request a chunk again when more of its elements arrive', async () => {
    host.innerHTML = '<sx-fake-a></sx-fake-a>';
    const run = start();
    stop = run.stop;
    host.append(document.createElement('sx-fake-a'));
    await mutationsDelivered();
    expect(run.requested).to.have.length(1);
  });

  it('logs a failed download without throwing, and keeps loading the others', async () => {
    const warnings: unknown[][] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => void warnings.push(args);
    try {
      host.innerHTML = '<sx-fake-a></sx-fake-a><sx-fake-b></sx-fake-b>';
      const run = start({ fail: ['a.js'] });
      stop = run.stop;
      await mutationsDelivered();
      await mutationsDelivered();
      expect(run.requested).to.have.length(2);
      expect(String(warnings[0]?.[0])).to.contain('<sx-fake-a>');
    } finally {
      console.warn = original;
    }
  });

  it('stops watching when asked', async () => {
    const run = start();
    run.stop();
    host.append(document.createElement('sx-fake-c'));
    await mutationsDelivered();
    expect(run.requested).to.deep.equal([]);
  });

  it('preloads with each chunk what its first render needs: the embedded data, or with src the feed client', () => {
    host.innerHTML = '<sx-fake-a></sx-fake-a><sx-fake-b src="/feed/manifest.json"></sx-fake-b>';
    const preloaded: string[] = [];
    stop = autoload({
      chunks,
      base: BASE,
      registry: { get: () => undefined },
      load: () => Promise.resolve(),
      code: { 'sx-fake-a': ['./chunks/lit.js'], 'sx-fake-b': ['./chunks/lit.js'] },
      embeddedData: { 'sx-fake-a': ['./chunks/data-a.js'], 'sx-fake-b': ['./chunks/data-b.js'] },
      feed: { 'sx-fake-a': ['./chunks/client.js'], 'sx-fake-b': ['./chunks/client.js'] },
      preload: (urls) => preloaded.push(...urls),
    });
    expect(preloaded).to.deep.equal([
      'https://cdn.example/sx/chunks/lit.js',
      'https://cdn.example/sx/chunks/data-a.js',
      'https://cdn.example/sx/chunks/lit.js',
      'https://cdn.example/sx/chunks/client.js',
    ]);
  });
});
