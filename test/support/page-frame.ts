/** Opens a test page of `page-routes.mjs` in an iframe and returns what it reported. */
export interface PageResult<R> {
  violations: string[];
  errors: string[];
  warnings: string[];
  consoleErrors: string[];
  result: R | undefined;
}

export async function openPage<R>(path: string, timeout = 15000): Promise<PageResult<R>> {
  const frame = document.createElement('iframe');
  frame.style.width = '1000px';
  frame.style.height = '800px';
  document.body.append(frame);
  try {
    const deadline = Date.now() + timeout;
    frame.src = path;
    for (;;) {
      const report = (frame.contentWindow as unknown as { sxPageResult?: PageResult<R> })
        ?.sxPageResult;
      // Copied through JSON: own properties only, in this page's realm (a hostile page's
      // polluted prototypes must not reach the assertions).
      if (report) return JSON.parse(JSON.stringify(report)) as PageResult<R>;
      if (Date.now() > deadline) throw new Error(`${path} reported nothing in ${timeout} ms`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  } finally {
    frame.remove();
  }
}
