/** Data and helpers shared by the <sx-lab-map> tests. */
import type { Lab } from '../../src/feed/types.js';
import type { SxLabMap } from '../../widgets/lab-map/lab-map.js';
import { testLab } from '../support/fixture-edition.js';
import { parts } from '../support/widget-helpers.js';
import {
  memoryClient as memoryClientOf,
  type MemoryClientOptions,
} from '../support/memory-client.js';

export { choose, part, parts } from '../support/widget-helpers.js';
export type { MemoryClientOptions } from '../support/memory-client.js';

/** Saturday 31 May 2025, 10:00 in Shanxi: during the week. */
export const SATURDAY_10 = '2025-05-31T10:00:00+08:00';

const at = (day: string, time: string) => `${day}T${time}:00+08:00`;

/** The Yangquan facility the synthetic Yangquan rectangle hugs (see test/fixtures/make-basemaps.ts). */
export const EDGE_POINT = { lat: 37.861, lng: 113.4 };

/** Six facilities (not samples) in four cities, one of them in a county of Taiyuan. */
export function facilities(): Lab[] {
  return [
    testLab({
      id: 'ty-key',
      name: '煤化工重点实验室',
      nameEn: 'Coal chemistry key laboratory',
      kind: 'key-lab',
      host: '示例研究院',
      city: '140100',
      location: { lat: 37.856, lng: 112.55, address: '太原市示例路1号', precise: true },
      topics: ['energy-materials'],
      openings: [
        {
          start: at('2025-05-30', '09:00'),
          end: at('2025-05-30', '12:00'),
          booking: { required: true, url: 'https://example.org/book/ty-key', capacity: 40 },
        },
        {
          start: at('2025-05-31', '09:00'),
          end: at('2025-05-31', '11:30'),
          booking: { required: true, url: 'https://example.org/book/ty-key', capacity: 40 },
        },
      ],
      contact: { phone: '0351-1234567', email: 'ty-key@example.org' },
      sample: false,
    }),
    testLab({
      id: 'ty-pop',
      name: '科技馆科普基地',
      nameEn: 'Science museum education base',
      kind: 'popsci-base',
      host: '示例科技馆',
      city: '140100',
      location: { lat: 37.875, lng: 112.53, address: '太原市示例路2号', precise: true },
      topics: ['ai'],
      openings: [
        {
          start: at('2025-05-31', '14:00'),
          end: at('2025-05-31', '17:00'),
          booking: { required: false },
        },
      ],
      contact: undefined,
      url: 'https://example.org/labs/ty-pop',
      sample: false,
    }),
    testLab({
      id: 'ty-pilot',
      name: '小店中试基地',
      nameEn: 'Xiaodian pilot base',
      kind: 'pilot-base',
      host: '示例企业',
      // A county (小店区) of Taiyuan: counted on Taiyuan's tile.
      city: '140105',
      location: { lat: 37.74, lng: 112.56, address: '太原市小店区示例街3号', precise: false },
      topics: ['food-safety'],
      openings: [
        {
          start: at('2025-06-01', '09:00'),
          end: at('2025-06-01', '11:00'),
          booking: { required: true },
        },
      ],
      sample: false,
    }),
    testLab({
      id: 'cz-pilot',
      name: '光电材料中试基地',
      nameEn: 'Optoelectronic materials pilot base',
      kind: 'pilot-base',
      host: '示例材料公司',
      city: '140400',
      location: { lat: 36.19, lng: 113.11, address: '长治市示例路4号', precise: true },
      topics: ['energy-materials', 'ai'],
      openings: [
        {
          start: at('2025-05-31', '09:00'),
          end: at('2025-05-31', '12:00'),
          booking: { required: true, url: 'https://example.org/book/cz-pilot', capacity: 25 },
        },
      ],
      sample: false,
    }),
    testLab({
      id: 'dt-centre',
      name: '新能源装备技术创新中心',
      nameEn: 'New energy equipment innovation centre',
      kind: 'innovation-centre',
      host: '示例装备集团',
      city: '140200',
      location: { lat: 40.09, lng: 113.29, address: '大同市示例路5号', precise: true },
      topics: ['energy-materials'],
      openings: [
        {
          start: at('2025-05-28', '09:00'),
          end: at('2025-05-28', '16:00'),
          booking: { required: false },
        },
      ],
      sample: false,
    }),
    testLab({
      id: 'yq-edge',
      name: '应急安全科学家精神教育基地',
      nameEn: 'Emergency safety spirit base',
      kind: 'spirit-base',
      host: '示例矿业',
      city: '140300',
      location: { ...EDGE_POINT, address: '阳泉市示例路6号', precise: true },
      topics: ['emergency-safety'],
      openings: [
        {
          start: at('2025-05-30', '09:00'),
          end: at('2025-05-30', '11:00'),
          booking: { required: false },
        },
      ],
      sample: false,
    }),
  ];
}

/** A client that answers `labs` from memory (and counts `refresh()` calls). */
export const memoryClient = (labs: Lab[] = facilities(), options: MemoryClientOptions = {}) =>
  memoryClientOf('labs', { labs }, options);

/** Names of the listed facilities, in order. */
export function listedNames(element: SxLabMap): string[] {
  return parts(element, 'item-title').map((node) => node.textContent!.trim());
}

/** aria-label of every tile, in DOM order. */
export function tileLabels(element: SxLabMap): string[] {
  return parts(element, 'tile').map((tile) => tile.getAttribute('aria-label')!);
}

export function tile(element: SxLabMap, code: string): HTMLButtonElement {
  const found = element.shadowRoot!.querySelector<HTMLButtonElement>(`.tile[data-code="${code}"]`);
  if (!found) throw new Error(`no tile ${code}`);
  return found;
}

/** The element focused inside the widget's shadow root. */
export function focused(element: SxLabMap): Element | null {
  return element.shadowRoot!.activeElement;
}

/** Waits for the widget to settle after a change (render, then any focus move after it). */
export async function settle(element: SxLabMap): Promise<void> {
  await element.updateComplete;
  await element.updateComplete;
}
