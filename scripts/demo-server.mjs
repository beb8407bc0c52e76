// Starts demo/serve.mjs on a free loopback port for a script that loads the demo (the page check,
// the Lighthouse bench), and never leaves it behind, even when the run dies.
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/** Resolves with the server's origin (`http://127.0.0.1:PORT`) and a function that stops it. */
export async function startDemoServer() {
  const port = await freePort();
  const child = spawn(process.execPath, [join(root, 'demo/serve.mjs')], {
    env: { ...process.env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('demo/serve.mjs did not start')), 10_000);
    child.once('exit', (code) => reject(new Error(`demo/serve.mjs exited (${code})`)));
    child.stdout.on('data', (chunk) => {
      if (String(chunk).includes('http://')) {
        clearTimeout(timer);
        resolve();
      }
    });
  });
  const stop = () => child.kill();
  // A crash, Ctrl-C or a closed pipe ends the process through 'exit', which stops the server.
  process.on('exit', stop);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGPIPE']) {
    process.on(signal, () => process.exit(1));
  }
  return { origin: `http://127.0.0.1:${port}`, stop };
}
