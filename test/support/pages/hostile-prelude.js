// The hostile host: runs before the library. Pollutes Object.prototype and Array.prototype
// (enumerable, as careless libraries do), breaks fetch, and (with
// `?predefine=sx-events`) defines one of the library's tags as its own element.
(function () {
  var params = new URLSearchParams(location.search);
  // `remove=Array.prototype.flat`: a built-in the page deleted (or an old browser lacks).
  var removed = params.get('remove');
  if (removed) {
    var path = removed.split('.');
    var owner = window;
    for (var i = 0; i < path.length - 1; i += 1) owner = owner[path[i]];
    delete owner[path[path.length - 1]];
    return;
  }
  if (params.get('clean') === '1') return;
  // Names no record uses, always; the names of feed fields only with `fields=1` (records must be
  // built from own properties: issue #14 item 8, the validation side).
  var polluted = { evilExtra: 'x' };
  var fields = {
    registration: { required: true, url: 'https://evil.example/register' },
    online: { url: 'https://evil.example/live', platform: 'Evil' },
    venue: { name: 'Evil venue' },
    quote: { text: 'Evil quote' },
    image: { src: 'https://evil.example/x.png', alt: 'evil' },
    url: 'https://evil.example/',
    titleEn: 'Evil title',
    price: '999元',
  };
  // `fields=flags`: the other optional fields, with values of every type a field may have.
  var flags = {
    free: true,
    allDay: true,
    capacity: 7,
    deadline: '2025-05-01T00:00:00+08:00',
    datesNote: 'Evil note',
    notes: 'Evil notes',
    address: 'Evil address',
    audiences: ['evil'],
    officialUrl: 'https://evil.example/official',
    organiser: 'Evil organiser',
    organisers: ['Evil organiser'],
    contact: { phones: ['110'], emails: ['evil@evil.example'] },
    accessibility: 'Evil access',
    award: 'Evil award',
    awards: ['Evil award'],
    honours: ['Evil honour'],
    milestones: [{ year: 1999, text: 'Evil' }],
    affiliation: 'Evil affiliation',
    headline: 'Evil headline',
    summaryEn: 'Evil summary',
    tile: { x: 0, y: 0 },
    lat: 1,
    lng: 1,
  };
  var mode = params.get('fields');
  if (mode === '1') Object.assign(polluted, fields);
  if (mode === 'flags') Object.assign(polluted, fields, flags);
  Object.keys(polluted).forEach(function (key) {
    Object.prototype[key] = polluted[key];
  });
  // `fields=getters`: every optional field name is a getter that throws, so reading one as data
  // fails loudly instead of quietly.
  if (mode === 'getters') {
    Object.keys(fields)
      .concat(Object.keys(flags))
      .forEach(function (key) {
        Object.defineProperty(Object.prototype, key, {
          enumerable: true,
          configurable: true,
          get: function () {
            throw new Error('evil getter: ' + key + ' was read through the prototype');
          },
        });
      });
  }
  Array.prototype.evilExtra = 'x';
  // `arrays=1`: feed-field names on Array.prototype (a field looked up on a list, a list
  // spread into an object). Not list indices: Lit's own template cloning reads `parts[n]` past
  // the end of its lists, so `Array.prototype[0]` hangs every Lit element on the page.
  if (params.get('arrays') === '1') {
    Object.keys(fields)
      .concat(Object.keys(flags))
      .forEach(function (key) {
        Array.prototype[key] = key in fields ? fields[key] : flags[key];
      });
  }
  window.fetch = function () {
    throw new TypeError('fetch is broken by the host page');
  };
  var tag = params.get('predefine');
  if (tag) {
    var Own = function () {
      return Reflect.construct(HTMLElement, [], Own);
    };
    Own.prototype = Object.create(HTMLElement.prototype);
    Own.sxPageOwn = true;
    customElements.define(tag, Own);
  }
})();
