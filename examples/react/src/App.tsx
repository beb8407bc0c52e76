// React 19: the wrappers of `sx-science-week/react` (camel-cased, typed event props), or the
// elements themselves in TSX once `sx-science-week/jsx/react` is imported.
import type {} from 'sx-science-week/jsx/react';
import { SxCountdown, SxEvents } from 'sx-science-week/react';
import 'sx-science-week/widgets/story-card.js';
import { useState } from 'react';

export function App() {
  const [count, setCount] = useState<number>();
  return (
    <main lang="zh-CN">
      <SxCountdown variant="card" />
      <SxEvents
        src="https://example.org/sx/manifest.json"
        onSxFilterChange={(event) => setCount(event.count)}
        onSxCalendarDownload={(event) => console.log(event.filename)}
      />
      <p>{count ?? '…'}</p>
      <sx-story-card variant="compact" onsx-story-change={(event) => console.log(event.cause)} />
    </main>
  );
}

// @ts-expect-error `variant` is one of card, compact, feature
export const wrongVariant = <sx-story-card variant="poster" />;
