import { linksOf, notesOf } from './cellAnnotations';

describe('notes and hyperlinks as a team left them', () => {
  it('a note is every run of its text, author line included, escapes decoded', () => {
    const xml =
      '<comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors><author>lead</author></authors><commentList>' +
      '<comment ref="b3" authorId="0"><text><r><rPr><b/></rPr><t>lead:</t></r><r><t xml:space="preserve">&#10;客户另有录音 &amp; 回访_x000D_</t></r></text></comment>' +
      '<comment ref="C4" authorId="0"><text><t>仍在跟进</t></text></comment>' +
      '</commentList></comments>';
    expect([...notesOf(xml)]).toEqual([
      ['B3', 'lead:\n客户另有录音 & 回访\r'],
      ['C4', '仍在跟进'],
    ]);
  });

  it('a hyperlink is its relationship target or its place in the workbook, by its range’s first cell', () => {
    const sheet =
      '<worksheet xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheetData/>' +
      '<x:hyperlinks><x:hyperlink ref="C5:D5" r:id="rId2" tooltip="CRM"/><x:hyperlink ref="E6" location="\'汇总\'!A1"/><x:hyperlink ref="F7" r:id="rId9"/></x:hyperlinks>' +
      '<pageMargins/></worksheet>';
    expect([...linksOf(sheet, new Map([['rId2', 'https://crm.example.com/c/1?a=1&b=2']]))]).toEqual([
      ['C5', { target: 'https://crm.example.com/c/1?a=1&b=2', tooltip: 'CRM' }],
      ['E6', { location: "'汇总'!A1" }],
    ]);
    expect(linksOf('<worksheet><sheetData/></worksheet>', new Map()).size).toBe(0);
  });
});
