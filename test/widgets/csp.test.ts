/**
 * Every widget in every state (loading, error, stale, empty, data), from the sources and from the
 * built ESM and IIFE bundles (`npm run build` first), on a page served with a strict Content
 * Security Policy (`default-src 'self'; script-src 'self'; style-src 'self'`), then also with
 * Trusted Types (`require-trusted-types-for 'script'`). Fails on any `securitypolicyviolation` or
 * uncaught error. The page sets a forbidden `style` attribute last: its violation must be seen,
 * so a page that could not report violations fails too.
 */
import { expect } from '@open-wc/testing';
import { openPage } from '../support/page-frame.js';
import { expectedState, type WidgetState, type WidgetTag } from '../support/widget-cases.js';

interface CspResult {
  canarySeen: boolean;
  cases: {
    tag: WidgetTag;
    state: WidgetState;
    shown: string;
    jsonLd: string | null;
    grid?: { tiles: number; columns: number; height: number };
  }[];
}

const TT_POLICY_NAME = 'sx-science-week';

for (const build of ['source', 'esm', 'iife']) {
  for (const policy of ['csp', 'tt', 'tt-deny']) {
    describe(`widgets under ${policy} (${build})`, () => {
      it('show every state with no violation and no uncaught error', async () => {
        const page = await openPage<CspResult>(`/__page/csp?build=${build}&policy=${policy}`);
        expect(page.errors, 'uncaught errors').to.deep.equal([]);
        // The error state reports its (scripted) failure, once per widget; nothing else may.
        const unexpected = page.consoleErrors.filter((e) => !e.includes('scripted failure'));
        expect(unexpected, 'console errors').to.deep.equal([]);
        expect(page.consoleErrors).to.have.length(4);
        // Where the host does not allow the policy, asking for it once is the only way to know:
        // that one refusal is reported by the browser, nothing else may be.
        const refusal = `trusted-types trusted-types-policy ${TT_POLICY_NAME}`;
        const violations = page.violations.map((v) => v.trim());
        expect(violations, 'CSP violations').to.deep.equal(policy === 'tt-deny' ? [refusal] : []);
        const { cases, canarySeen } = page.result!;
        expect(canarySeen, 'the page sees a violation when there is one').to.equal(true);
        expect(cases).to.have.length(19);
        for (const { tag, state, shown } of cases) {
          expect(shown, `${tag} in state ${state}`).to.equal(expectedState(tag, state));
        }
        // The tile grid keeps its columns (it collapsed into one without style attributes).
        const grid = cases.find((c) => c.tag === 'sx-lab-map' && c.state === 'data')!.grid!;
        expect(grid.tiles).to.be.greaterThan(3);
        expect(grid.columns, 'tile columns').to.be.greaterThan(2);
        // Collapsed, it was 3,582 px tall; square tiles at this page's width make ~890 px.
        expect(grid.height, 'tile grid height (px)').to.be.below(1500);
        // JSON-LD: written through the named policy, or skipped with one warning when denied.
        const events = cases.find((c) => c.tag === 'sx-events' && c.state === 'data')!;
        const skipped = page.warnings.filter((w) => w.includes(`"${TT_POLICY_NAME}"`));
        if (policy === 'tt-deny') {
          expect(events.jsonLd).to.equal(null);
          expect(skipped, 'one warning naming the policy').to.have.length(1);
        } else {
          expect(JSON.parse(events.jsonLd!)).to.have.length(2);
          expect(skipped).to.deep.equal([]);
        }
      });
    });
  }
}
