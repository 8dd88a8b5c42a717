/**
 * The changes a team makes to a structured workbook by hand, done in the package XML as Excel
 * would save them: a team sheet with a chart and a PivotTable (parts grafted from an XlsxWriter
 * file plus a PivotTable written here), a legacy comment, a renamed Tickets sheet, a highlighted
 * cell, a wider column, a row typed just below the Tickets table and an unreadable value.
 */
import { readFileSync, writeFileSync } from 'fs';
import JSZip from 'jszip';
import { python } from './fixtures';

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const CT = 'application/vnd.openxmlformats-officedocument';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** A team sheet with a column chart and a comment, written by XlsxWriter. */
const DONOR = `
import xlsxwriter, sys
wb = xlsxwriter.Workbook(sys.argv[1]); ws = wb.add_worksheet('团队看板')
ws.write_row('A1', ['类别', '数量']); ws.write_row('A2', ['咨询', 1]); ws.write_row('A3', ['投诉', 5])
ch = wb.add_chart({'type': 'column'}); ch.add_series({'categories': "='团队看板'!$A$2:$A$3", 'values': "='团队看板'!$B$2:$B$3"})
ws.insert_chart('D6', ch); ws.write_comment('A1', '主管：每周一更新')
wb.close()
`;

const PIVOT_CACHE = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<pivotCacheDefinition ${NS} r:id="rId1" refreshOnLoad="1" recordCount="2"><cacheSource type="worksheet"><worksheetSource ref="A1:B3" sheet="团队看板"/></cacheSource><cacheFields count="2"><cacheField name="类别" numFmtId="0"><sharedItems count="2"><s v="咨询"/><s v="投诉"/></sharedItems></cacheField><cacheField name="数量" numFmtId="0"><sharedItems containsSemiMixedTypes="0" containsString="0" containsNumber="1" containsInteger="1" minValue="1" maxValue="5"/></cacheField></cacheFields></pivotCacheDefinition>`;
const PIVOT_RECORDS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<pivotCacheRecords ${NS} count="2"><r><x v="0"/><n v="1"/></r><r><x v="1"/><n v="5"/></r></pivotCacheRecords>`;
const PIVOT_TABLE = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<pivotTableDefinition ${NS} name="透视表1" cacheId="7" applyNumberFormats="0" applyBorderFormats="0" applyFontFormats="0" applyPatternFormats="0" applyAlignmentFormats="0" applyWidthHeightFormats="1" dataCaption="值" updatedVersion="6" minRefreshableVersion="3" createdVersion="6" indent="0" outline="1" outlineData="1"><location ref="F1:G4" firstHeaderRow="1" firstDataRow="1" firstDataCol="1"/><pivotFields count="2"><pivotField axis="axisRow" showAll="0"><items count="3"><item x="0"/><item x="1"/><item t="default"/></items></pivotField><pivotField dataField="1" showAll="0"/></pivotFields><rowFields count="1"><field x="0"/></rowFields><rowItems count="3"><i><x/></i><i><x v="1"/></i><i t="grand"><x/></i></rowItems><colItems count="1"><i/></colItems><dataFields count="1"><dataField name="求和项:数量" fld="1" baseField="0" baseItem="0"/></dataFields></pivotTableDefinition>`;

export interface TeamEditSpec {
  /** The Tickets sheet's new name. */
  renameTo: string;
  /** 1-based column of the Tickets table to widen and the width. */
  widen: { col: number; width: number };
  /** Sheet row and column letter of the cell to highlight. */
  highlight: string;
  /** Column letter of 解决时间 and the row whose value becomes unreadable. */
  unreadable: { ref: string; text: string };
  /** The row typed below the table: column letter → text. */
  typedRow: { row: number; cells: Record<string, string> };
}

const inline = (ref: string, text: string, s = ''): string => `<c r="${ref}"${s} t="inlineStr"><is><t>${text}</t></is></c>`;

/** Applies every change to `src` (a workbook `servicebook init` wrote), writing `dest`. */
export async function applyTeamEdits(src: string, dest: string, donorPath: string, spec: TeamEditSpec): Promise<void> {
  python(DONOR, donorPath);
  const zip = await JSZip.loadAsync(readFileSync(src));
  const donor = await JSZip.loadAsync(readFileSync(donorPath));
  const text = async (z: JSZip, n: string): Promise<string> => z.file(n)!.async('string');

  // The team sheet: XlsxWriter's sheet, drawing, chart, comment and VML, renamed to free names.
  const moves: [string, string][] = [
    ['xl/worksheets/sheet1.xml', 'xl/worksheets/sheet90.xml'],
    ['xl/drawings/drawing1.xml', 'xl/drawings/drawing90.xml'],
    ['xl/charts/chart1.xml', 'xl/charts/chart90.xml'],
    ['xl/comments1.xml', 'xl/comments90.xml'],
    ['xl/drawings/vmlDrawing1.vml', 'xl/drawings/vmlDrawing90.vml'],
    ['xl/drawings/_rels/drawing1.xml.rels', 'xl/drawings/_rels/drawing90.xml.rels'],
  ];
  const rename = (s: string): string => moves.reduce((acc, [a, b]) => acc.split(a.slice(a.lastIndexOf('/') + 1)).join(b.slice(b.lastIndexOf('/') + 1)), s);
  for (const [a, b] of moves) {
    let x = await text(donor, a);
    if (a.endsWith('sheet1.xml')) x = x.replace(/\ss="\d+"/g, '');
    zip.file(b, rename(x));
  }
  let sheetRels = rename(await text(donor, 'xl/worksheets/_rels/sheet1.xml.rels'));
  sheetRels = sheetRels.replace('</Relationships>', `<Relationship Id="rIdPivot" Type="${REL}/pivotTable" Target="../pivotTables/pivotTable90.xml"/></Relationships>`);
  zip.file('xl/worksheets/_rels/sheet90.xml.rels', sheetRels);
  zip.file('xl/pivotTables/pivotTable90.xml', PIVOT_TABLE);
  zip.file('xl/pivotTables/_rels/pivotTable90.xml.rels', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/pivotCacheDefinition" Target="../pivotCache/pivotCacheDefinition90.xml"/></Relationships>`);
  zip.file('xl/pivotCache/pivotCacheDefinition90.xml', PIVOT_CACHE);
  zip.file('xl/pivotCache/_rels/pivotCacheDefinition90.xml.rels', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/pivotCacheRecords" Target="pivotCacheRecords90.xml"/></Relationships>`);
  zip.file('xl/pivotCache/pivotCacheRecords90.xml', PIVOT_RECORDS);

  let ct = await text(zip, '[Content_Types].xml');
  const over = (part: string, type: string): string => `<Override PartName="/${part}" ContentType="${type}"/>`;
  ct = ct.replace(
    '</Types>',
    over('xl/worksheets/sheet90.xml', `${CT}.spreadsheetml.worksheet+xml`) +
      over('xl/drawings/drawing90.xml', `${CT}.drawing+xml`) +
      over('xl/charts/chart90.xml', `${CT}.drawingml.chart+xml`) +
      over('xl/comments90.xml', `${CT}.spreadsheetml.comments+xml`) +
      over('xl/pivotTables/pivotTable90.xml', `${CT}.spreadsheetml.pivotTable+xml`) +
      over('xl/pivotCache/pivotCacheDefinition90.xml', `${CT}.spreadsheetml.pivotCacheDefinition+xml`) +
      over('xl/pivotCache/pivotCacheRecords90.xml', `${CT}.spreadsheetml.pivotCacheRecords+xml`) +
      '</Types>',
  );
  if (!/Extension="vml"/.test(ct)) ct = ct.replace('</Types>', `<Default Extension="vml" ContentType="${CT}.vmlDrawing"/></Types>`);
  zip.file('[Content_Types].xml', ct);

  let wbRels = await text(zip, 'xl/_rels/workbook.xml.rels');
  wbRels = wbRels.replace('</Relationships>', `<Relationship Id="rIdTeam" Type="${REL}/worksheet" Target="worksheets/sheet90.xml"/><Relationship Id="rIdCache" Type="${REL}/pivotCacheDefinition" Target="pivotCache/pivotCacheDefinition90.xml"/></Relationships>`);
  zip.file('xl/_rels/workbook.xml.rels', wbRels);

  // Workbook: the team sheet first, the Tickets sheet renamed (names that point at it follow), the pivot cache.
  let wb = await text(zip, 'xl/workbook.xml');
  wb = wb.replace('<sheets>', '<sheets><sheet sheetId="90" name="团队看板" r:id="rIdTeam"/>');
  wb = wb.split('name="工单"').join(`name="${spec.renameTo}"`).split('&apos;工单&apos;!').join(`&apos;${spec.renameTo}&apos;!`);
  const cache = '<pivotCache cacheId="7" r:id="rIdCache"/>';
  // Our own PivotTables' cache may be listed already: a workbook has one <pivotCaches>.
  wb = wb.includes('</pivotCaches>') ? wb.replace('</pivotCaches>', `${cache}</pivotCaches>`) : wb.replace('</workbook>', `<pivotCaches>${cache}</pivotCaches></workbook>`);
  zip.file('xl/workbook.xml', wb);

  // Styles: one more cell format, a yellow fill, for the highlight.
  let styles = await text(zip, 'xl/styles.xml');
  const fills = Number(/<fills count="(\d+)"/.exec(styles)![1]);
  styles = styles.replace(/<fills count="\d+">([\s\S]*?)<\/fills>/, (_m, inner: string) => `<fills count="${fills + 1}">${inner}<fill><patternFill patternType="solid"><fgColor rgb="FFFFFF00"/><bgColor indexed="64"/></patternFill></fill></fills>`);
  const xfs = Number(/<cellXfs count="(\d+)"/.exec(styles)![1]);
  styles = styles.replace(/<cellXfs count="\d+">([\s\S]*?)<\/cellXfs>/, (_m, inner: string) => `<cellXfs count="${xfs + 1}">${inner}<xf numFmtId="0" fontId="0" fillId="${fills}" borderId="0" xfId="0" applyFill="1"/></cellXfs>`);
  zip.file('xl/styles.xml', styles);

  // Tickets sheet: width, highlight, unreadable value, a row typed below the table.
  let sheet = await text(zip, 'xl/worksheets/sheet2.xml');
  sheet = sheet.replace(new RegExp(`<col min="${spec.widen.col}" max="${spec.widen.col}" width="[^"]*"`), `<col min="${spec.widen.col}" max="${spec.widen.col}" width="${spec.widen.width}"`);
  sheet = sheet.replace(new RegExp(`(<c r="${spec.highlight}")(?: s="\\d+")?`), `$1 s="${xfs}"`);
  const un = spec.unreadable.ref;
  const unCell = new RegExp(`<c r="${un}"(?: s="(\\d+)")?[^>]*?(?:/>|>[\\s\\S]*?</c>)`);
  if (!unCell.test(sheet)) throw new Error(`no cell ${un} to make unreadable`);
  sheet = sheet.replace(unCell, (_m, s?: string) => inline(un, spec.unreadable.text, s ? ` s="${s}"` : ''));
  const typed = Object.entries(spec.typedRow.cells)
    .map(([col, v]) => inline(`${col}${spec.typedRow.row}`, v))
    .join('');
  sheet = sheet.replace('</sheetData>', `<row r="${spec.typedRow.row}">${typed}</row></sheetData>`);
  zip.file('xl/worksheets/sheet2.xml', sheet);

  writeFileSync(dest, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
}
