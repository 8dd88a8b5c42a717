/**
 * The bench's second LibreOffice anchor: a copy of a workbook without its conditional formats.
 * LibreOffice evaluates every conditional format in every cell of its range when it loads a file
 * (Excel only for the cells on screen), and ServiceBook's amber formula over a Tickets row is most
 * of LibreOffice's open-and-save time; without them the anchor is LibreOffice reading and writing
 * the cells alone.
 *   await writePlainWorkbook('book.xlsx', 'plain.xlsx')
 */
const fs = require('fs');
const JSZip = require('jszip');

async function writePlainWorkbook(from, to) {
  const zip = await JSZip.loadAsync(fs.readFileSync(from));
  for (const name of Object.keys(zip.files).filter((n) => /^xl\/worksheets\/[^/]+\.xml$/.test(n))) {
    const xml = await zip.file(name).async('string');
    zip.file(name, xml.replace(/<conditionalFormatting\b[\s\S]*?<\/conditionalFormatting>/g, ''));
  }
  fs.writeFileSync(to, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
}

module.exports = { writePlainWorkbook };
