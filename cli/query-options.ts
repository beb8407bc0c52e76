/**
 * `--city`, `--topic`, `--category`, `--audience`, `--from`, `--to` as an SDK `EventQuery`. Names
 * are read like sheet cells (太原 / Taiyuan / 140100, 人工智能 / ai); an unknown one is a usage
 * error, since silently ignoring a filter would export the wrong programme.
 */
import type { Edition } from '../src/feed/types.js';
import type { EventQuery } from '../src/query/types.js';
import { listOption, UsageError } from './args.js';
import { cityIndex, resolveCity, resolveTerm, termIndex } from './cells.js';
import type { Messages } from './messages.js';
import { parseDateTimeCell } from './parse-datetime.js';

export const QUERY_OPTIONS = {
  city: { type: 'string', multiple: true },
  topic: { type: 'string', multiple: true },
  category: { type: 'string', multiple: true },
  audience: { type: 'string', multiple: true },
  from: { type: 'string' },
  to: { type: 'string' },
} as const;

export interface QueryValues {
  city?: string[];
  topic?: string[];
  category?: string[];
  audience?: string[];
  from?: string;
  to?: string;
}

function day(option: string, value: string, edition: Edition, m: Messages): string {
  const cell = parseDateTimeCell(value);
  if (!cell?.date || cell.time || cell.endDate) throw new UsageError(m.unknownValue(option, value));
  const year = cell.date.year ?? Number(edition.start.slice(0, 4));
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${year}-${pad(cell.date.month)}-${pad(cell.date.day)}`;
}

export function toEventQuery(values: QueryValues, edition: Edition, m: Messages): EventQuery {
  const query: EventQuery = {};
  const cities = cityIndex(edition);
  const city = listOption(values.city).map((name) => {
    const code = resolveCity(name, cities);
    if (!code) throw new UsageError(m.unknownValue('--city', name));
    return code;
  });
  if (city.length > 0) query.city = city;
  const terms = (option: string, list: string[] | undefined, vocabulary: Edition['topics']) => {
    const index = termIndex(vocabulary);
    return listOption(list).map((name) => {
      const id = resolveTerm(name, index);
      if (!id) throw new UsageError(m.unknownValue(option, name));
      return id;
    });
  };
  const topic = terms('--topic', values.topic, edition.topics);
  if (topic.length > 0) query.topic = topic;
  const category = terms('--category', values.category, edition.categories);
  if (category.length > 0) query.category = category;
  const audience = terms('--audience', values.audience, edition.audiences);
  if (audience.length > 0) query.audience = audience;
  if (values.from) query.from = day('--from', values.from, edition, m);
  if (values.to) query.to = day('--to', values.to, edition, m);
  return query;
}
