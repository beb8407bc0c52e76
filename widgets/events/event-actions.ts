/**
 * What a visitor does with an event, for `<sx-events>`: star it into "my plan" (kept in the
 * browser, followed across tabs), download it or the whole plan as a calendar file, share it.
 * A reactive controller: it owns the plan and the share confirmation, and renders its element
 * again when either changes.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Edition, ProgrammeEvent } from '../../src/feed/types.js';
import { localized, type Lang } from '../shared/i18n.js';
import { SxEventStarEvent } from './custom-events.js';
import type { ItemContext } from './event-item.js';
import type { EventsMessages } from './events.messages.js';
import type { EventsParts } from './events-parts.js';
import { MyPlan } from './my-plan.js';

const SHARE_FEEDBACK_MS = 4000;

/** What the actions read from their element, asked at the moment of the action. */
export interface ActionsContext {
  edition: () => Edition | undefined;
  /** The programme in start order (the plan's calendar file lists them so). */
  sortedEvents: () => readonly ProgrammeEvent[];
  lang: () => Lang;
  t: () => EventsMessages;
  now: () => Date;
  /** Imports the calendar writer or the share code (once; again after a failure). */
  load: <K extends 'calendar' | 'share'>(name: K) => Promise<EventsParts[K]>;
  announce: (text: string) => void;
  /** Fires one of the element's events; false when the page cancelled it. */
  emit: (event: Event) => boolean;
  /** The plan changed (answers filtered by it are stale). */
  planChanged: () => void;
}

export class EventActions implements ReactiveController {
  /** The visitor's plan for the shown edition, once there is one. */
  plan: MyPlan | undefined;
  /** The confirmation shown beside one event's share button for a moment. */
  private feedback: { id: string; text: string } | undefined;
  private feedbackTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly ctx: ActionsContext,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('storage', this.onStorage);
  }

  hostDisconnected(): void {
    window.removeEventListener('storage', this.onStorage);
    clearTimeout(this.feedbackTimer);
  }

  hostUpdate(): void {
    const edition = this.ctx.edition();
    if (edition && this.plan?.editionId !== edition.id) this.plan = new MyPlan(edition.id);
  }

  /** What an event's card asks of the actions (see `ItemContext`). */
  readonly itemHandlers: Pick<
    ItemContext,
    'isStarred' | 'shareFeedback' | 'onStar' | 'onCalendar' | 'onShare'
  > = {
    isStarred: (id) => this.plan?.has(id) ?? false,
    shareFeedback: (id) => this.shareFeedback(id),
    onStar: (event) => this.toggleStar(event),
    onCalendar: (event) => this.downloadCalendar([event]),
    onShare: (event) => void this.share(event),
  };

  /** The share confirmation to show beside `id`'s button, if any. */
  shareFeedback(id: string): string | undefined {
    return this.feedback?.id === id ? this.feedback.text : undefined;
  }

  toggleStar(event: ProgrammeEvent): void {
    if (!this.plan) return;
    const starred = this.plan.toggle(event.id);
    const t = this.ctx.t();
    const title = localized(this.ctx.lang(), event.title, event.titleEn);
    this.ctx.announce(starred ? t.starredAnnouncement(title) : t.unstarredAnnouncement(title));
    this.changed();
    this.ctx.emit(new SxEventStarEvent(event, starred, this.plan.all));
  }

  downloadPlan(): void {
    const ids = new Set(this.plan?.all ?? []);
    const events = this.ctx.sortedEvents().filter((event) => ids.has(event.id));
    if (events.length) this.downloadCalendar(events, true);
  }

  /** The calendar file, through the page (`sx-calendar-download`) or downloaded. */
  downloadCalendar(events: ProgrammeEvent[], wholePlan = false): void {
    const { ctx } = this;
    const edition = ctx.edition();
    if (!edition) return;
    const now = ctx.now();
    const lang = ctx.lang();
    ctx.load('calendar').then(
      ({ downloadCalendar }) =>
        downloadCalendar({ events, edition, now, lang, wholePlan, emit: ctx.emit }),
      (error: unknown) => console.error('<sx-events> could not load the calendar export.', error),
    );
  }

  async share(event: ProgrammeEvent): Promise<void> {
    const { shareEvent } = await this.ctx.load('share');
    const text = await shareEvent(event, this.ctx.lang(), this.ctx.t(), this.ctx.emit);
    if (!text) return;
    this.feedback = { id: event.id, text };
    this.ctx.announce(text);
    this.host.requestUpdate();
    clearTimeout(this.feedbackTimer);
    this.feedbackTimer = setTimeout(() => {
      this.feedback = undefined;
      this.host.requestUpdate();
    }, SHARE_FEEDBACK_MS);
  }

  private changed(): void {
    this.ctx.planChanged();
    this.host.requestUpdate();
  }

  private readonly onStorage = (event: StorageEvent): void => {
    // Another tab changed the plan.
    if (this.plan && event.key?.endsWith(`:plan:${this.plan.editionId}`)) {
      this.plan.reload();
      this.changed();
    }
  };
}
