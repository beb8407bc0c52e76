import { readFileSync } from 'node:fs';
import { Ajv, type ValidateFunction } from 'ajv';
import { expect } from 'chai';
import { buildOutputs } from '../../scripts/build-json-schema.js';
import { testEdition, testEvent, testLab, testStory } from '../support/fixture-edition.js';

const root = new URL('../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');

function validator(path: string): ValidateFunction {
  const ajv = new Ajv({ allErrors: true });
  // No ajv-formats here: the one format the schema names, checked by its pattern.
  ajv.addFormat('date', /^\d{4}-\d{2}-\d{2}$/);
  return ajv.compile(JSON.parse(read(path)) as object);
}

/** A feed as a publisher writes it (JSON, so no undefined fields). */
const sampleFeed = (): Record<string, unknown> =>
  JSON.parse(
    JSON.stringify({
      schemaVersion: '1.0',
      edition: testEdition(),
      events: [
        testEvent(),
        testEvent({
          id: 'online-only',
          venue: undefined,
          online: { url: 'https://live.example.org/1' },
        }),
      ],
      labs: [testLab()],
      stories: [testStory()],
    }),
  ) as Record<string, unknown>;

describe('published JSON Schema', function () {
  this.timeout(20000);

  it('is what the generator writes from the valibot schemas (run scripts/build-json-schema.ts)', async () => {
    const outputs = await buildOutputs();
    expect(Object.keys(outputs)).to.have.members([
      'schema/feed.schema.json',
      'schema/manifest.schema.json',
      'src/feed/schema/runtime-spec.ts',
    ]);
    for (const [path, content] of Object.entries(outputs)) {
      expect(read(path), `${path} is stale`).to.equal(content);
    }
  });

  describe('feed.schema.json', () => {
    const validate = validator('schema/feed.schema.json');

    it('accepts a valid feed', () => {
      expect(validate(sampleFeed()), JSON.stringify(validate.errors)).to.equal(true);
    });

    it('rejects an event without a title', () => {
      const feed = sampleFeed();
      delete (feed.events as Record<string, unknown>[])[0]!.title;
      expect(validate(feed)).to.equal(false);
      expect(validate.errors?.[0]?.instancePath).to.equal('/events/0');
      expect(validate.errors?.[0]?.params).to.deep.equal({ missingProperty: 'title' });
    });

    it('rejects a javascript: link', () => {
      const feed = sampleFeed();
      (feed.events as Record<string, unknown>[])[0]!.url = 'javascript:alert(1)';
      expect(validate(feed)).to.equal(false);
      expect(validate.errors?.[0]?.instancePath).to.equal('/events/0/url');
    });

    it('rejects an event with neither venue nor online location', () => {
      const feed = sampleFeed();
      delete (feed.events as Record<string, unknown>[])[0]!.venue;
      expect(validate(feed)).to.equal(false);
    });

    it('rejects an edition without cities', () => {
      const feed = sampleFeed();
      (feed.edition as Record<string, unknown>).cities = [];
      expect(validate(feed)).to.equal(false);
      expect(validate.errors?.[0]?.instancePath).to.equal('/edition/cities');
    });
  });

  describe('manifest.schema.json', () => {
    const validate = validator('schema/manifest.schema.json');
    const manifest = () => ({
      schemaVersion: '1.0',
      edition: JSON.parse(JSON.stringify(testEdition())) as unknown,
      resources: { events: { byCity: { '140100': 'events/140100.json' } }, labs: 'labs.json' },
    });

    it('accepts a valid manifest', () => {
      expect(validate(manifest()), JSON.stringify(validate.errors)).to.equal(true);
    });

    it('rejects a manifest whose byCity keys are not division codes', () => {
      const bad = manifest();
      bad.resources.events.byCity = { taiyuan: 'events/taiyuan.json' } as never;
      expect(validate(bad)).to.equal(false);
    });
  });
});
