import { expect } from 'chai';
import { safeUrl, safeWebUrl } from '../../src/feed/safe-url.js';

describe('safeUrl', () => {
  it('keeps http, https, mailto and tel links', () => {
    for (const url of [
      'https://kjt.shanxi.gov.cn/',
      'http://example.org/a?b=c#d',
      'mailto:sxskjhdz@163.com',
      'tel:0351-4060103',
      'HTTPS://EXAMPLE.ORG/',
    ]) {
      expect(safeUrl(url), url).to.equal(url);
    }
  });

  it('rejects every other scheme, however it is disguised', () => {
    for (const url of [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      '  javascript:alert(1)',
      'java\tscript:alert(1)',
      'java\nscript:alert(1)',
      '\u0000javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'file:///etc/passwd',
      'blob:https://example.org/1',
      'ftp://example.org/',
    ]) {
      expect(safeUrl(url), JSON.stringify(url)).to.equal(undefined);
    }
  });

  it('trims surrounding whitespace and encodes spaces inside', () => {
    expect(safeUrl('  https://example.org/a  ')).to.equal('https://example.org/a');
    expect(safeUrl('https://example.org/a b.pdf')).to.equal('https://example.org/a%20b.pdf');
  });

  it('rejects a relative URL without a base and resolves it with one', () => {
    expect(safeUrl('events.json')).to.equal(undefined);
    expect(safeUrl('events.json', 'https://example.org/feed/manifest.json')).to.equal(
      'https://example.org/feed/events.json',
    );
    expect(safeUrl('javascript:alert(1)', 'https://example.org/')).to.equal(undefined);
  });

  it('answers undefined for empty or non-string input', () => {
    expect(safeUrl('')).to.equal(undefined);
    expect(safeUrl(42 as unknown as string)).to.equal(undefined);
  });
});

describe('safeWebUrl', () => {
  it('keeps only web addresses, resolved and checked as safeUrl does', () => {
    expect(safeWebUrl(' https://example.org/a.jpg ')).to.equal('https://example.org/a.jpg');
    expect(safeWebUrl('a.jpg', 'https://example.org/img/')).to.equal(
      'https://example.org/img/a.jpg',
    );
    for (const url of ['mailto:a@example.org', 'tel:0351-4060103', 'javascript:alert(1)', '']) {
      expect(safeWebUrl(url), url).to.equal(undefined);
    }
  });
});
