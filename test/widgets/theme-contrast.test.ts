/**
 * Partner accents in both themes: whatever colour a partner gives --sx-color-accent and
 * --sx-color-highlight, the colours the widgets render with keep ≥ 4.5:1 for text (and so ≥ 3:1
 * for controls) against every surface they land on, and axe finds nothing inside any widget.
 * Colours are measured as Chromium renders them (a canvas pixel), not as written.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../widgets/countdown/countdown.js';
import '../../widgets/lab-map/lab-map.js';
import '../../widgets/story-card/story-card.js';

const NOW = '2025-05-20T10:00:00+08:00';
const ACCENTS = [
  ...['#8a1c1c', '#000000', '#1a1a40', '#ffd700', '#f0f0f0', '#ffffff', '#00ffe6'],
  // Saturated primaries at the edge of sRGB, and a wide-gamut one beyond it.
  ...['#0000ff', '#ff00ff', '#00ff00', 'color(display-p3 1 0 0)', 'rebeccapurple'],
  // Translucent colours: the surface would show through their text and tints.
  ...['rgb(138 28 28 / 0.4)', 'rgb(255 215 0 / 0.3)', 'transparent'],
];
const THEMES = ['light', 'dark'] as const;

const canvas = document.createElement('canvas');
canvas.width = canvas.height = 1;
const ctx = canvas.getContext('2d', { willReadFrequently: true })!;

/** The sRGB pixel a CSS colour renders as, drawn over `under` (a translucent one shows it). */
function pixel(color: string, under = '#000000'): [number, number, number] {
  ctx.clearRect(0, 0, 1, 1);
  ctx.fillStyle = under;
  ctx.fillRect(0, 0, 1, 1);
  ctx.fillStyle = '#808080';
  ctx.fillStyle = color;
  ctx.fillRect(0, 0, 1, 1);
  const [r, g, b] = ctx.getImageData(0, 0, 1, 1).data;
  return [r!, g!, b!];
}

function luminance([r, g, b]: [number, number, number]): number {
  const f = (v: number) => {
    const c = v / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
}

/** WCAG contrast of `a` drawn on `b` (each as it renders over what is under it). */
function contrast(a: string, b: string): number {
  const back = pixel(b);
  const [x, y] = [luminance(pixel(a, `rgb(${back.join(' ')})`)), luminance(back)].sort(
    (m, n) => n - m,
  );
  return (x! + 0.05) / (y! + 0.05);
}

/** The colour a private token resolves to inside `host`'s shadow tree. */
function token(host: HTMLElement, name: string): string {
  const probe = document.createElement('span');
  host.shadowRoot!.append(probe);
  probe.style.color = `var(${name})`;
  const value = getComputedStyle(probe).color;
  probe.remove();
  return value;
}

describe('partner accents keep their contrast', () => {
  for (const theme of THEMES) {
    it(`${theme}: accent and highlight ≥ 4.5:1 on every surface, fills ≥ 4.5:1 with their text`, async () => {
      const failures: string[] = [];
      for (const accent of ACCENTS) {
        const host = await fixture<HTMLElement>(
          html`<sx-countdown
            theme=${theme}
            now=${NOW}
            variant="card"
            style="--sx-color-accent: ${accent}; --sx-color-highlight: ${accent}"
          ></sx-countdown>`,
        );
        const pairs: [string, string, string][] = [];
        for (const fg of ['--_accent', '--_highlight']) {
          for (const bg of ['--_surface', '--_surface-alt', '--_accent-soft']) {
            pairs.push([fg, bg, `${accent} ${fg} on ${bg}`]);
          }
        }
        pairs.push(['--_on-accent', '--_accent', `${accent} on-accent`]);
        pairs.push(['--_on-accent-fill', '--_accent-fill', `${accent} on-accent-fill`]);
        for (const [fg, bg, label] of pairs) {
          const ratio = contrast(token(host, fg), token(host, bg));
          if (ratio < 4.5) failures.push(`${label}: ${ratio.toFixed(2)}`);
        }
        host.remove();
      }
      expect(failures).to.deep.equal([]);
    });
  }

  it('dark: no block is brighter than the text (the banner is a deep tint, not a light slab)', async () => {
    for (const accent of ['#1d4e89', ...ACCENTS]) {
      const host = await fixture<HTMLElement>(
        html`<sx-countdown
          theme="dark"
          now=${NOW}
          style="--sx-color-accent: ${accent}"
        ></sx-countdown>`,
      );
      const fill = luminance(pixel(token(host, '--_accent-fill')));
      expect(fill, accent).to.be.below(luminance(pixel(token(host, '--_text'))) / 4);
      host.remove();
    }
  });

  it('dark: tints, panels and rules stand apart from the surface, whatever the accent', async () => {
    // Before #15's look pass: 1.21 (chips, badges), 1.09 (panels), 1.64 (card rules), barely seen;
    // now 1.43, 1.23 and 2.05 with the default accent.
    for (const accent of [undefined, ...ACCENTS]) {
      const host = await fixture<HTMLElement>(
        html`<sx-countdown
          theme="dark"
          now=${NOW}
          style=${accent ? `--sx-color-accent: ${accent}` : ''}
        ></sx-countdown>`,
      );
      const surface = token(host, '--_surface');
      const label = accent ?? 'default';
      expect(contrast(token(host, '--_accent-soft'), surface), label).to.be.at.least(1.3);
      expect(contrast(token(host, '--_surface-alt'), surface), label).to.be.at.least(1.18);
      expect(contrast(token(host, '--_border'), surface), label).to.be.at.least(1.9);
      host.remove();
    }
  });

  it('leaves the default colours exactly as written', async () => {
    const host = await fixture<HTMLElement>(html`<sx-countdown now=${NOW}></sx-countdown>`);
    expect(token(host, '--_accent')).to.equal('rgb(29, 78, 137)');
    expect(token(host, '--_highlight')).to.equal('rgb(162, 59, 36)');
  });
});

describe('<sx-lab-map> tile map', () => {
  for (const theme of THEMES) {
    for (const accent of [undefined, '#8a1c1c', '#ffd700']) {
      it(`${theme}${accent ? `, accent ${accent}` : ''}: the selected city stands out more than the densest one`, async () => {
        const map = await fixture<HTMLElement & { loaded: Promise<void> }>(
          html`<sx-lab-map
            theme=${theme}
            now=${NOW}
            city="140400"
            style=${accent ? `--sx-color-accent: ${accent}` : ''}
          ></sx-lab-map>`,
        );
        await map.loaded;
        const root = map.shadowRoot!;
        const selected = root.querySelector<HTMLElement>('.tile[aria-pressed="true"]')!;
        const densest = root.querySelector<HTMLElement>(
          '.tile.level-4:not([aria-pressed="true"])',
        )!;
        expect(selected, 'selected tile').to.not.equal(null);
        expect(densest, 'densest tile').to.not.equal(null);
        const surface = token(map, '--_surface');
        const standOut = (tile: HTMLElement) =>
          contrast(getComputedStyle(tile).backgroundColor, surface);
        expect(standOut(selected)).to.be.above(standOut(densest) * 1.3);
        // Its name and count stay readable on it.
        expect(
          contrast(getComputedStyle(selected).color, getComputedStyle(selected).backgroundColor),
        ).to.be.at.least(4.5);
      });
    }
  }
});

describe('themed widgets are axe clean', () => {
  for (const theme of THEMES) {
    for (const accent of ['#8a1c1c', '#ffd700', '#f0f0f0', 'rgb(138 28 28 / 0.4)']) {
      it(`${theme}, accent ${accent}: countdown, story card and lab map`, async () => {
        const style = `--sx-color-accent: ${accent}; --sx-color-highlight: ${accent}`;
        const page = await fixture<HTMLElement>(
          html`<div
            style="background: ${theme === 'dark' ? '#16181d' : '#fff'}; color-scheme: ${theme}"
          >
            <sx-countdown theme=${theme} now=${NOW} variant="banner" style=${style}></sx-countdown>
            <sx-countdown theme=${theme} now=${NOW} variant="card" style=${style}></sx-countdown>
            <sx-story-card theme=${theme} now=${NOW} pick="daily" style=${style}></sx-story-card>
            <sx-lab-map theme=${theme} now=${NOW} city="140100" style=${style}></sx-lab-map>
          </div>`,
        );
        const widgets = [...page.children] as (HTMLElement & {
          loaded?: Promise<void>;
          updateComplete: Promise<unknown>;
        })[];
        await Promise.all(widgets.map((widget) => widget.loaded));
        // Measured with content, not on loading skeletons.
        const [, , story, map] = widgets;
        await story!.updateComplete;
        await map!.updateComplete;
        expect(story!.shadowRoot!.querySelector('[part~="name"]')).to.not.equal(null);
        expect(map!.shadowRoot!.querySelectorAll('[part~="item"]').length).to.be.above(0);
        for (const widget of widgets) {
          await (widget as unknown as { updateComplete: Promise<unknown> }).updateComplete;
          await expect(widget).to.be.accessible();
        }
      });
    }
  }
});
