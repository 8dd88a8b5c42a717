#!/usr/bin/env node
/**
 * Renders the add-in icons (16, 32, 64, 80 px) from inline SVG with headless Chromium and
 * writes them to assets/. Run once after changing a design: `node scripts/make-icons.js`.
 * The PNGs are committed; the build only copies them.
 */
'use strict';
const fs = require('fs');
const path = require('path');
const { chromium } = require('playwright-core');

const BLUE = '#2F5597';
const GREEN = '#3A9A48';
const AMBER = '#E3A21A';

/** 32-unit designs, scaled to each size. */
const DESIGNS = {
  // A ticket book: blue cover, white ruled page, green check.
  icon: `
    <rect x="2" y="2" width="28" height="28" rx="6" fill="${BLUE}"/>
    <rect x="8" y="7" width="16" height="19" rx="2" fill="#fff"/>
    <rect x="11" y="11" width="10" height="2" rx="1" fill="${BLUE}"/>
    <rect x="11" y="15" width="10" height="2" rx="1" fill="${BLUE}"/>
    <rect x="11" y="19" width="6" height="2" rx="1" fill="${BLUE}"/>
    <circle cx="23" cy="23" r="6" fill="${GREEN}" stroke="#fff" stroke-width="1.5"/>
    <path d="M20.2 23.2l2 2 3.8-4" fill="none" stroke="#fff" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round"/>`,
  // Check rows: list with ticks.
  check: `
    <rect x="3" y="3" width="26" height="26" rx="4" fill="#fff" stroke="${BLUE}" stroke-width="2"/>
    <path d="M7 10l2 2 4-4M7 18l2 2 4-4" fill="none" stroke="${GREEN}" stroke-width="2.2" stroke-linecap="round" stroke-linejoin="round"/>
    <rect x="16" y="9" width="9" height="2.4" rx="1.2" fill="${BLUE}"/>
    <rect x="16" y="17" width="9" height="2.4" rx="1.2" fill="${BLUE}"/>
    <rect x="7" y="24" width="18" height="2.4" rx="1.2" fill="${AMBER}"/>`,
  // Refresh statistics: bar chart with a circular arrow.
  stats: `
    <rect x="4" y="18" width="5" height="10" rx="1" fill="${BLUE}"/>
    <rect x="11" y="12" width="5" height="16" rx="1" fill="${BLUE}"/>
    <rect x="18" y="20" width="5" height="8" rx="1" fill="${AMBER}"/>
    <path d="M19 4.5a7 7 0 1 1-5.6 2.8" fill="none" stroke="${GREEN}" stroke-width="2.4" stroke-linecap="round"/>
    <path d="M12 3.5l1.6 4.4 4.2-1.8" fill="none" stroke="${GREEN}" stroke-width="2.4" stroke-linecap="round" stroke-linejoin="round"/>`,
};
const SIZES = [16, 32, 64, 80];

async function main() {
  const out = path.join(__dirname, '..', 'assets');
  fs.mkdirSync(out, { recursive: true });
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: ['--no-sandbox'] });
  try {
    const page = await browser.newPage();
    for (const [name, body] of Object.entries(DESIGNS))
      for (const size of SIZES) {
        await page.setViewportSize({ width: size, height: size });
        await page.setContent(
          `<html><body style="margin:0;background:transparent"><svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 32 32">${body}</svg></body></html>`,
        );
        const file = path.join(out, `${name}-${size}.png`);
        await page.screenshot({ path: file, omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
        console.log(`wrote ${path.relative(process.cwd(), file)}`);
      }
  } finally {
    await browser.close();
  }
}

main().catch((e) => {
  console.error(e.message);
  process.exit(1);
});
