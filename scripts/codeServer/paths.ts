import * as path from 'node:path';

export const REPO_ROOT = path.resolve(__dirname, '..', '..');
/** Screenshots, logs and reports of the runners (git-ignored). */
export const RESULTS_DIR = path.join(REPO_ROOT, 'test-results');
