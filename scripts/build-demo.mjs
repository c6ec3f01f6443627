#!/usr/bin/env node
// Copies the demo pages (demo/*) into dist/, where they load only dist/ files, as a host page would.
import {cpSync, mkdirSync} from 'node:fs';

const root = new URL('../', import.meta.url);
mkdirSync(new URL('dist/', root), {recursive: true});
cpSync(new URL('demo/', root), new URL('dist/', root), {recursive: true});
console.log('demo pages copied to dist/');
