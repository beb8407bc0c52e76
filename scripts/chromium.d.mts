import type { Browser } from 'puppeteer-core';

export const chromiumPath: string;
export const chromiumFlags: string[];
export function launchChromium(): Promise<Browser>;
