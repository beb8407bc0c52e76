/** Node's file-system and network failures, reduced to what a message needs. */
import type { NetProblem } from './messages-input.js';

/** The errno code of a file-system error (`ENOENT`), or `EIO` when there is none. */
export function fsCode(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : 'EIO';
}

const TLS = /CERT|SSL|TLS|SELF_SIGNED/;

/** Why fetch() failed: undici puts the system error in `cause` (ECONNREFUSED, ENOTFOUND…). */
export function netProblem(error: unknown, timeoutSeconds: number): NetProblem {
  const err = error as { name?: string; cause?: { code?: string; name?: string }; code?: string };
  if (err?.name === 'TimeoutError' || err?.cause?.name === 'TimeoutError') {
    return { kind: 'timeout', seconds: timeoutSeconds };
  }
  const code = err?.cause?.code ?? err?.code ?? '';
  if (code === 'ECONNREFUSED') return { kind: 'refused' };
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return { kind: 'no-host' };
  if (code === 'UND_ERR_CONNECT_TIMEOUT' || code === 'ETIMEDOUT') {
    return { kind: 'timeout', seconds: timeoutSeconds };
  }
  if (TLS.test(code)) return { kind: 'tls' };
  return { kind: 'other', detail: code || (err?.name ?? 'Error') };
}
