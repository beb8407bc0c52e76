/** Which Lit templates to minify: markup (html``, svg``) and/or styles (css``). */
export interface LiteralKinds {
  markup: boolean;
  styles: boolean;
}
/** `code` with its Lit templates minified, or `null` when nothing changed. */
export declare function minifyLiterals(
  code: string,
  fileName: string,
  kinds?: LiteralKinds,
): Promise<{ code: string; map?: unknown } | null>;
/** Rollup plugin over the widgets' modules. */
export declare function minifyLiteralsPlugin(kinds: LiteralKinds): {
  name: string;
  transform(code: string, id: string): Promise<{ code: string; map: unknown } | null>;
};
/** The same as an esbuild plugin, for the size benches. */
export declare function minifyLiteralsEsbuild(
  readFile: (path: string, encoding: 'utf8') => Promise<string>,
  kinds?: LiteralKinds,
): { name: string; setup(build: unknown): void };
