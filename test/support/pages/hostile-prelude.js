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
  if (params.get('fields') === '1') Object.assign(polluted, fields);
  Object.keys(polluted).forEach(function (key) {
    Object.prototype[key] = polluted[key];
  });
  Array.prototype.evilExtra = 'x';
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
