import { expect } from 'chai';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readText } from '../../src/feed/read-text.js';

// A body cut into chunks anywhere, a multi-byte character across two of them included: the text
// `response.text()` gives, from a real HTTP server.
const TEXT = `\ufeff[${Array.from({ length: 3000 }, (_, i) => `"科普讲座 第${i}场 😀"`).join(',')}]`;
const BYTES = Buffer.concat([Buffer.from(TEXT), Buffer.from([0xe7, 0xa7])]); // cut off mid-character

describe('readText: a body decoded as it arrives, in slices', () => {
  let server: Server;
  let url: string;
  before(async () => {
    server = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      // Odd-sized chunks, so that characters are split between them.
      for (let at = 0; at < BYTES.length; at += 4093) res.write(BYTES.subarray(at, at + 4093));
      res.end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  });
  after(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("gives response.text()'s text: byte order mark dropped, a cut character as U+FFFD", async () => {
    const expected = await (await fetch(url)).text();
    expect(expected.endsWith('\ufffd')).to.equal(true);
    expect(await readText(await fetch(url))).to.equal(expected);
    expect(await readText(await fetch(url), 0)).to.equal(expected);
  });

  /** A response whose chunks are all there already: without yielding, one task reads them all. */
  const buffered = () =>
    new Response(
      new ReadableStream<Uint8Array>({
        start(controller) {
          for (let at = 0; at < BYTES.length; at += 4093) {
            controller.enqueue(BYTES.subarray(at, at + 4093));
          }
          controller.close();
        },
      }),
    );

  /** Whether a task queued before the read ran before it settled (yieldToMain: setImmediate). */
  async function gaveBack(sliceMs: number): Promise<boolean> {
    let ran = false;
    setImmediate(() => (ran = true));
    await readText(buffered(), sliceMs);
    return ran;
  }

  it('gives the thread back once a slice is spent, not before', async () => {
    expect(await gaveBack(0)).to.equal(true);
    expect(await gaveBack(Infinity)).to.equal(false);
  });
});
