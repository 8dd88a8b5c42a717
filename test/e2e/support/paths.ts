import * as path from 'path';

export const ROOT = path.resolve(__dirname, '..', '..', '..');
export const DIST = path.join(ROOT, 'dist');
export const OUT = path.join(ROOT, 'test-output');
export const SCREENSHOTS = path.join(OUT, 'screenshots');
export const FAKE_BUNDLE = path.join(OUT, 'fake-office', 'fake-office.js');
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const OFFICE_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/';
export const OFFICE_JS_URL = `${OFFICE_CDN}office.js`;
/** Microsoft's office.js as published on npm (@microsoft/office-js), the CDN's local copy. */
export const OFFICE_JS_DIST = path.join(path.dirname(require.resolve('@microsoft/office-js/package.json')), 'dist') + path.sep;
