// Where the build put things (Maven passes BRICKOPTIMA_TARGET / BRICKOPTIMA_ROOT; defaults work from the module).
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const moduleDir = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const root = resolve(process.env.BRICKOPTIMA_ROOT || join(moduleDir, '..'));
export const target = resolve(process.env.BRICKOPTIMA_TARGET || join(moduleDir, 'target'));
export const chromiumDir = join(target, 'extension', 'chromium');
export const firefoxDir = join(target, 'extension', 'firefox');
export const teavmDir = join(target, 'teavm');
export const samplesDir = join(root, 'shared-core', 'src', 'test', 'resources', 'samples', 'spark-3.5.6');
export const tpcdsPlansDir = join(root, 'shared-core', 'src', 'test', 'resources', 'corpus', 'tpcds', 'plans-v1_4');
export { moduleDir };
