/** `code` (TypeScript or JavaScript) with the CSS of every css`…` literal minified. */
export declare function minifyCssLiterals(code: string): string;
/** Rollup plugin: minifies the css`` literals of the widgets' modules. */
export declare function cssLiterals(): {
  name: string;
  transform(code: string, id: string): { code: string; map: null } | null;
};
/** esbuild plugin: the same, for the size bench. */
export declare function cssLiteralsEsbuild(
  readFile: (path: string, encoding: 'utf8') => Promise<string>,
): { name: string; setup(build: unknown): void };
