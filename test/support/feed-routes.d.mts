import type { IncomingMessage, ServerResponse } from 'node:http';

/** Answers the scripted `/__feed/…` routes; false for any other request. */
export declare function handleFeedRoute(req: IncomingMessage, res: ServerResponse): boolean;
