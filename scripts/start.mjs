// `npm start`: build what is missing, then run the server in this same process (so Ctrl-C reaches it
// directly and it stops PostgreSQL before exiting).
import { createRequire } from 'node:module';
import { ensureBuilt } from './ensure-built.mjs';

ensureBuilt('all');
createRequire(import.meta.url)('../dist/apps/api/src/main.js');
