/**
 * `<sx-…>` elements in Preact TSX: `import type {} from 'sx-science-week/jsx/preact';` once
 * (or list it in tsconfig `types`). The props come from types/jsx.d.ts, generated from
 * custom-elements.json.
 */
import type { CustomElements } from './jsx.js';

declare module 'preact' {
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    interface IntrinsicElements extends CustomElements {}
  }
}
