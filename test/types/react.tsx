/**
 * Type-level test of the React wrappers (`sx-science-week/react`): element properties as props,
 * one `onSx…` prop per event, typed with the event's class.
 */
import { SxCountdown, SxEvents, SxLabMap, SxStoryCard } from '../../react/index.js';
import type { SxLoadEvent } from '../../widgets/events/events.js';

export const page = (
  <>
    <SxEvents
      lang="en"
      city="140100"
      limit={10}
      onSxFilterChange={(e) => void (e.filters.q satisfies string)}
      onSxEventStar={(e) => void (e.plan satisfies readonly string[])}
      onSxCalendarDownload={(e) => e.preventDefault()}
      onSxLoad={(e) => void (e.counts satisfies Record<string, number>)}
    />
    <SxCountdown variant="card" onSxCountdownEnd={(e) => void e.type} />
    <SxLabMap onSxLabSelect={(e) => void e} />
    <SxStoryCard onSxStoryChange={(e) => void e} />
    {/* @ts-expect-error a handler for one event does not take another's class */}
    <SxEvents onSxFilterChange={(e: SxLoadEvent) => void e} />
    {/* @ts-expect-error no such event */}
    <SxCountdown onSxFilterChange={() => undefined} />
    {/* @ts-expect-error variant is one of three */}
    <SxCountdown variant="huge" />
  </>
);
