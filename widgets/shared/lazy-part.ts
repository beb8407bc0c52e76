import { adoptStyles, type LitElement, type ReactiveController } from 'lit';

/** What a part's module may export for its element: styles that arrive with it. */
type Part = object & { styles?: unknown };

/**
 * The parts of an element imported on demand (a layout, a map, a QR encoder): each is imported
 * once and imported again after a failure; the styles a part exports as `styles` join the
 * element's own; and the element renders again once a part is here. One loader for every widget,
 * so late styles are attached one way.
 *
 * @example
 * private readonly lazy = new LazyParts(this, { qr: () => import('./qr-code.js') });
 * // render: this.lazy.parts.qr?.renderQrCode(…) ?? placeholder; on demand: void this.lazy.load('qr')
 */
export class LazyParts<P extends Record<string, Part>> implements ReactiveController {
  private readonly loads: { [K in keyof P]?: Promise<P[K]> } = {};

  constructor(
    private readonly host: LitElement,
    private readonly importers: { [K in keyof P]: () => Promise<P[K]> },
    /** The parts here so far (a server passes the ones all its renders share). */
    readonly parts: Partial<P> = {},
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // Nothing to do: the parts stay imported while the element is away.
  }

  /** Imports `name` (once; again after a failure, which rejects for the caller to report). */
  load<K extends keyof P>(name: K): Promise<P[K]> {
    return (this.loads[name] ??= this.importers[name]().then(
      (part) => {
        this.parts[name] = part;
        const styles = Object.values(this.parts).flatMap((loaded) => loaded!.styles ?? []);
        const own = (this.host.constructor as typeof LitElement).elementStyles;
        if (styles.length) {
          adoptStyles(this.host.renderRoot as ShadowRoot, [...own, ...(styles as typeof own)]);
        }
        this.host.requestUpdate();
        return part;
      },
      (error: unknown) => {
        delete this.loads[name];
        throw error;
      },
    ));
  }

  /** Settles once those of `names` asked for so far have arrived or failed. */
  settled(...names: (keyof P)[]): Promise<unknown> {
    return Promise.all(names.map((name) => this.loads[name]?.catch(() => undefined)));
  }
}
