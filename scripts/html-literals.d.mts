/** `code` with the indentation of its html/svg templates trimmed (`parse`: an ESTree parser). */
export declare function trimHtmlLiterals(code: string, parse: (code: string) => unknown): string;
/** Rollup plugin: trims the templates of the built widget modules (dist/widgets/…). */
export declare function htmlLiterals(): {
  name: string;
  transform(code: string, id: string): { code: string; map: null } | null;
};
