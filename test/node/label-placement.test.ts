import { expect } from 'chai';
import {
  estimateLabelSize,
  LABEL_GAP_PX,
  placeLabels,
  type Box,
  type LabelRequest,
} from '../../widgets/lab-map/geo/label-placement.js';

const bounds: Box = { left: 0, top: 0, right: 400, bottom: 400 };
const label = (key: string, x: number, y: number, extra: Partial<LabelRequest> = {}) => ({
  key,
  x,
  y,
  width: 30,
  height: 16,
  ...extra,
});

/** The boxes the placed labels take, to check that none overlap. */
function boxes(labels: LabelRequest[], places: Map<string, string | undefined>): Box[] {
  return labels.flatMap((l) => {
    const place = places.get(l.key);
    const g = LABEL_GAP_PX;
    if (place === 'below')
      return [
        {
          left: l.x - l.width / 2,
          top: l.y + g,
          right: l.x + l.width / 2,
          bottom: l.y + g + l.height,
        },
      ];
    if (place === 'above')
      return [
        {
          left: l.x - l.width / 2,
          top: l.y - g - l.height,
          right: l.x + l.width / 2,
          bottom: l.y - g,
        },
      ];
    if (place === 'right')
      return [
        {
          left: l.x + g,
          top: l.y - l.height / 2,
          right: l.x + g + l.width,
          bottom: l.y + l.height / 2,
        },
      ];
    if (place === 'left')
      return [
        {
          left: l.x - g - l.width,
          top: l.y - l.height / 2,
          right: l.x - g,
          bottom: l.y + l.height / 2,
        },
      ];
    return [];
  });
}

const overlap = (a: Box, b: Box) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe('city label placement on the geographic map', () => {
  it('puts a lone name below its point', () => {
    expect(placeLabels([label('a', 100, 100)], [], bounds).get('a')).to.equal('below');
  });

  it('moves the second of two close names elsewhere instead of overlapping (太原 and 晋中)', () => {
    const labels = [label('taiyuan', 200, 200), label('jinzhong', 210, 212)];
    const places = placeLabels(labels, [], bounds);
    expect(places.get('taiyuan')).to.equal('below');
    expect(places.get('jinzhong')).to.be.oneOf(['above', 'right', 'left']);
    const [a, b] = boxes(labels, places);
    expect(overlap(a!, b!)).to.equal(false);
  });

  it('never overlaps in a crowd: names with no free place are left out', () => {
    const labels = Array.from({ length: 12 }, (_, i) =>
      label(`c${i}`, 200 + (i % 4) * 6, 200 + Math.floor(i / 4) * 6),
    );
    const places = placeLabels(labels, [], bounds);
    const placed = boxes(labels, places);
    expect(placed.length).to.be.greaterThan(0).and.lessThan(12);
    for (const [i, a] of placed.entries()) {
      for (const b of placed.slice(i + 1)) expect(overlap(a, b)).to.equal(false);
    }
  });

  it('keeps names off markers and inside the map', () => {
    const marker: Box = { left: 186, top: 214, right: 214, bottom: 242 };
    expect(placeLabels([label('a', 200, 200)], [marker], bounds).get('a')).to.equal('above');
    expect(placeLabels([label('edge', 200, 395)], [], bounds).get('edge')).to.equal('above');
  });

  it('places the selected city first', () => {
    const labels = [label('other', 200, 200), label('chosen', 205, 205, { priority: 1 })];
    expect(placeLabels(labels, [], bounds).get('chosen')).to.equal('below');
  });

  it('estimates CJK names wider per character than Latin ones', () => {
    expect(estimateLabelSize('太原', 12).width).to.be.greaterThan(
      estimateLabelSize('Ta', 12).width,
    );
    expect(estimateLabelSize('Taiyuan', 12).width).to.be.greaterThan(
      estimateLabelSize('太原', 12).width,
    );
  });
});
