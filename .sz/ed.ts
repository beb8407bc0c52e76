import { sharedClient } from '../src/client/client.js';
sharedClient(location.search).edition().then((r) => console.log(r.data.title));
