/**
 * `<sx-…>` elements in React 19 TSX: `import type {} from 'sx-science-week/jsx/react';` once
 * (or list it in tsconfig `types`). The props come from types/jsx.d.ts, generated from
 * custom-elements.json; event props are `onsx-filter-change` (React 19 listens to the event itself).
 * For camel-cased `onSxFilterChange` props, use the wrappers of `sx-science-week/react`.
 */
import type { CustomElements } from './jsx.js';

declare module 'react' {
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    interface IntrinsicElements extends CustomElements {}
  }
}
