/**
 * Links that open a place in the two maps most visitors in China have: AMap (高德) and Baidu.
 *
 * Feed coordinates are WGS84 (GPS). Chinese maps draw their tiles in shifted systems: AMap in
 * GCJ-02, Baidu in BD-09 (GCJ-02 shifted again). Both URI APIs take a parameter naming the input
 * system (`coordinate=wgs84`, `coord_type=wgs84`), but it is not honoured everywhere (reports say
 * Baidu's mobile pages ignore it), so each link carries the point already converted to the map's
 * own system, which is also the system the link names and each service's default.
 */

/** A WGS84 point, named for the marker. */
export interface MapPlace {
  lat: number;
  lng: number;
  name: string;
  /** Shown under the name where the map has room (Baidu's info window). */
  address?: string;
}

export interface MapLinkOptions {
  /** Who is calling, as the services ask. @default 'sx-science-week' (Baidu: 'webapp.sx-science-week.sdk') */
  src?: string;
}

// Krasovsky 1940 ellipsoid, which the published GCJ-02 transform is defined on.
const KRASOVSKY_A = 6378245.0;
const KRASOVSKY_EE = 0.006693421622965943; // first eccentricity squared
const PI = Math.PI;
// BD-09 works in "x_pi" units: π·3000/180.
const X_PI = (PI * 3000) / 180;

/** GCJ-02 only shifts points inside China (a rough box, as the published transform uses). */
export function isInChina(lat: number, lng: number): boolean {
  return lng >= 72.004 && lng <= 137.8347 && lat >= 0.8293 && lat <= 55.8271;
}

// The oscillating term both shifts share, of the longitude offset from 105°E.
function waves(x: number): number {
  return ((20 * Math.sin(6 * x * PI) + 20 * Math.sin(2 * x * PI)) * 2) / 3;
}

function shiftLat(x: number, y: number): number {
  return (
    -100 +
    2 * x +
    3 * y +
    0.2 * y * y +
    0.1 * x * y +
    0.2 * Math.sqrt(Math.abs(x)) +
    waves(x) +
    ((20 * Math.sin(y * PI) + 40 * Math.sin((y / 3) * PI)) * 2) / 3 +
    ((160 * Math.sin((y / 12) * PI) + 320 * Math.sin((y * PI) / 30)) * 2) / 3
  );
}

function shiftLng(x: number, y: number): number {
  return (
    300 +
    x +
    2 * y +
    0.1 * x * x +
    0.1 * x * y +
    0.1 * Math.sqrt(Math.abs(x)) +
    waves(x) +
    ((20 * Math.sin(x * PI) + 40 * Math.sin((x / 3) * PI)) * 2) / 3 +
    ((150 * Math.sin((x / 12) * PI) + 300 * Math.sin((x / 30) * PI)) * 2) / 3
  );
}

/**
 * WGS84 to GCJ-02 (the published transform; about a metre from the official one). Points outside
 * China come back unchanged, as the maps use WGS84 there.
 */
export function wgs84ToGcj02(lat: number, lng: number): { lat: number; lng: number } {
  if (!isInChina(lat, lng)) return { lat, lng };
  const x = lng - 105;
  const y = lat - 35;
  const radLat = (lat / 180) * PI;
  const sinLat = Math.sin(radLat);
  const magic = 1 - KRASOVSKY_EE * sinLat * sinLat;
  const sqrtMagic = Math.sqrt(magic);
  const dLat =
    (shiftLat(x, y) * 180) / (((KRASOVSKY_A * (1 - KRASOVSKY_EE)) / (magic * sqrtMagic)) * PI);
  const dLng = (shiftLng(x, y) * 180) / ((KRASOVSKY_A / sqrtMagic) * Math.cos(radLat) * PI);
  return { lat: lat + dLat, lng: lng + dLng };
}

/** GCJ-02 to BD-09 (Baidu's published transform). */
export function gcj02ToBd09(lat: number, lng: number): { lat: number; lng: number } {
  const z = Math.sqrt(lng * lng + lat * lat) + 0.00002 * Math.sin(lat * X_PI);
  const theta = Math.atan2(lat, lng) + 0.000003 * Math.cos(lng * X_PI);
  return { lat: z * Math.sin(theta) + 0.006, lng: z * Math.cos(theta) + 0.0065 };
}

// Six decimals are about 0.1 m: more would only lengthen the link.
const coordinate = (value: number): string => String(Number(value.toFixed(6)));

/**
 * A link that opens AMap (高德地图, web or app) with a marker on the place. The point is sent in
 * GCJ-02 with `coordinate=gaode`.
 * @example amapLink({ lat: 37.815, lng: 112.527, name: '山西省科学技术馆' })
 */
export function amapLink(place: MapPlace, options: MapLinkOptions = {}): string {
  const { lat, lng } = wgs84ToGcj02(place.lat, place.lng);
  const src = options.src ?? 'sx-science-week';
  return (
    `https://uri.amap.com/marker?position=${coordinate(lng)},${coordinate(lat)}` +
    `&name=${encodeURIComponent(place.name)}&coordinate=gaode&src=${encodeURIComponent(src)}`
  );
}

/**
 * A link that opens Baidu Maps (百度地图) with a marker and an info window (name, address). The
 * point is sent in BD-09 with `coord_type=bd09ll`.
 * @example baiduLink({ lat: 37.815, lng: 112.527, name: '山西省科学技术馆', address: '太原市广经路17号' })
 */
export function baiduLink(place: MapPlace, options: MapLinkOptions = {}): string {
  const gcj = wgs84ToGcj02(place.lat, place.lng);
  const { lat, lng } = gcj02ToBd09(gcj.lat, gcj.lng);
  const src = options.src ?? 'webapp.sx-science-week.sdk';
  return (
    `https://api.map.baidu.com/marker?location=${coordinate(lat)},${coordinate(lng)}` +
    `&title=${encodeURIComponent(place.name)}` +
    `&content=${encodeURIComponent(place.address || place.name)}` +
    `&output=html&coord_type=bd09ll&src=${encodeURIComponent(src)}`
  );
}
