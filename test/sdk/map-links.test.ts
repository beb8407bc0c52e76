import { expect } from 'chai';
import { amapLink, baiduLink, gcj02ToBd09, wgs84ToGcj02 } from '../../src/map-links.js';

// Reference values published with two widely used open-source implementations of the transforms
// (googollee/eviltransform's tests and wandergis/coordtransform's example).
describe('map links: coordinate transforms', () => {
  it('shifts a WGS84 point in Beijing to GCJ-02 as the published transform does', () => {
    const gcj = wgs84ToGcj02(39.911954, 116.377817);
    expect(gcj.lat).to.be.closeTo(39.91334545536069, 1e-9);
    expect(gcj.lng).to.be.closeTo(116.38404722455657, 1e-9);
    const other = wgs84ToGcj02(39.915, 116.404);
    expect(other.lat).to.be.closeTo(39.91640428150164, 1e-9);
    expect(other.lng).to.be.closeTo(116.41024449916938, 1e-9);
  });

  it('shifts GCJ-02 to BD-09', () => {
    const bd = gcj02ToBd09(39.915, 116.404);
    expect(bd.lat).to.be.closeTo(39.92133699351021, 1e-9);
    expect(bd.lng).to.be.closeTo(116.41036949371029, 1e-9);
  });

  it('moves points in Shanxi by a few hundred metres, and leaves points abroad alone', () => {
    const museum = wgs84ToGcj02(37.815, 112.527);
    const shiftMetres = Math.hypot(
      (museum.lat - 37.815) * 111_200,
      (museum.lng - 112.527) * 111_200 * Math.cos((37.815 * Math.PI) / 180),
    );
    expect(shiftMetres).to.be.within(100, 800);
    expect(wgs84ToGcj02(51.5, -0.12)).to.deep.equal({ lat: 51.5, lng: -0.12 });
  });
});

describe('map links: URLs', () => {
  const museum = {
    lat: 37.815,
    lng: 112.527,
    name: '山西省科学技术馆 & 长风',
    address: '太原市广经路17号',
  };

  it('opens AMap with the GCJ-02 point as lng,lat and the name escaped', () => {
    const url = new URL(amapLink(museum));
    expect(url.origin + url.pathname).to.equal('https://uri.amap.com/marker');
    const [lng, lat] = (url.searchParams.get('position') ?? '').split(',').map(Number);
    const gcj = wgs84ToGcj02(museum.lat, museum.lng);
    expect(lng).to.be.closeTo(gcj.lng, 1e-6);
    expect(lat).to.be.closeTo(gcj.lat, 1e-6);
    expect(url.searchParams.get('coordinate')).to.equal('gaode');
    expect(url.searchParams.get('name')).to.equal('山西省科学技术馆 & 长风');
    expect(url.searchParams.get('src')).to.equal('sx-science-week');
  });

  it('opens Baidu with the BD-09 point as lat,lng, title and address', () => {
    const url = new URL(baiduLink(museum, { src: 'webapp.example.test' }));
    expect(url.origin + url.pathname).to.equal('https://api.map.baidu.com/marker');
    const [lat, lng] = (url.searchParams.get('location') ?? '').split(',').map(Number);
    const gcj = wgs84ToGcj02(museum.lat, museum.lng);
    const bd = gcj02ToBd09(gcj.lat, gcj.lng);
    expect(lat).to.be.closeTo(bd.lat, 1e-6);
    expect(lng).to.be.closeTo(bd.lng, 1e-6);
    expect(url.searchParams.get('coord_type')).to.equal('bd09ll');
    expect(url.searchParams.get('output')).to.equal('html');
    expect(url.searchParams.get('title')).to.equal(museum.name);
    expect(url.searchParams.get('content')).to.equal('太原市广经路17号');
    expect(url.searchParams.get('src')).to.equal('webapp.example.test');
  });

  it('falls back to the name for Baidu’s required content', () => {
    const url = new URL(baiduLink({ lat: 37.8, lng: 112.5, name: '示例' }));
    expect(url.searchParams.get('content')).to.equal('示例');
  });
});
