#!/usr/bin/env node
/**
 * `npm run validate`: offline manifest checks (office-addin-manifest's own `validate` calls a
 * web service). Exits 1 and lists every problem when something is wrong.
 */
'use strict';
const path = require('path');
const { checkManifest } = require('./manifest-check');

const root = path.join(__dirname, '..');
const manifest = process.argv[2] ?? 'manifest.xml';
const { errors, urls, useDist } = checkManifest(null, { root, manifest });

async function main() {
  // A second reader: office-addin-manifest parses the manifest the way its tools do (offline).
  try {
    const { OfficeAddinManifest } = require('office-addin-manifest');
    const info = await OfficeAddinManifest.readManifestFile(path.join(root, manifest));
    if (!info.id || !info.displayName) errors.push('office-addin-manifest could not read the Id or DisplayName');
  } catch (e) {
    errors.push(`office-addin-manifest could not read the manifest: ${e.message}`);
  }
  if (errors.length) {
    console.error(`${manifest}: ${errors.length} problem(s)`);
    for (const e of errors) console.error(`  - ${e}`);
    process.exit(1);
  }
  console.log(`${manifest} is valid; ${urls.length} files checked against ${useDist ? 'dist/' : 'the sources the build copies'}:`);
  for (const u of urls) console.log(`  ${u}`);
}
main();
