import * as path from 'path';

export const ROOT = path.resolve(__dirname, '..', '..', '..');
export const DIST = path.join(ROOT, 'dist');
export const OUT = path.join(ROOT, 'test-output');
export const SCREENSHOTS = path.join(OUT, 'screenshots');
export const FAKE_BUNDLE = path.join(OUT, 'fake-office', 'fake-office.js');
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const OFFICE_JS_URL = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
