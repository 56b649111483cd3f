// Marks the build as current so bin/standpoint runs the compiled code.
import { writeFileSync } from 'node:fs';
writeFileSync(new URL('../dist/.build-stamp', import.meta.url), new Date().toISOString() + '\n');
