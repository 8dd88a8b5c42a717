import { annotationParts, insertBefore, withComments, withHyperlinks } from './addedAnnotations';

describe('notes and links added to an existing sheet', () => {
  it('a new <hyperlinks> goes where the schema puts it; an existing one grows', () => {
    const tail = '</sheetData><conditionalFormatting sqref="A1"/><dataValidations count="0"/><pageMargins/><tableParts count="1"/></worksheet>';
    expect(withHyperlinks(tail, ['<hyperlink ref="A2" location="S!A1"/>'], '')).toBe(
      '</sheetData><conditionalFormatting sqref="A1"/><dataValidations count="0"/><hyperlinks><hyperlink ref="A2" location="S!A1"/></hyperlinks><pageMargins/><tableParts count="1"/></worksheet>',
    );
    expect(withHyperlinks('</x:sheetData><x:hyperlinks><x:hyperlink ref="B2"/></x:hyperlinks></x:worksheet>', ['<x:hyperlink ref="C3"/>'], 'x:')).toBe(
      '</x:sheetData><x:hyperlinks><x:hyperlink ref="B2"/><x:hyperlink ref="C3"/></x:hyperlinks></x:worksheet>',
    );
    expect(insertBefore('</sheetData><tableParts/></worksheet>', '<legacyDrawing r:id="rId9"/>', ['legacyDrawingHF', 'tableParts', 'extLst'], '')).toBe('</sheetData><legacyDrawing r:id="rId9"/><tableParts/></worksheet>');
  });

  it('added notes go under ServiceBook’s name, never under a person’s who wrote other notes', () => {
    expect(withComments('<comments><authors><author>lead</author></authors><commentList/></comments>', 'ServiceBook', [['C5', '录音']])).toBe(
      '<comments><authors><author>lead</author><author>ServiceBook</author></authors><commentList><comment ref="C5" authorId="1"><text><t xml:space="preserve">录音</t></text></comment></commentList></comments>',
    );
    // A second run finds the name it added; a prefixed part keeps its prefix; a part without authors gets them.
    expect(withComments('<x:comments><x:authors><x:author>A</x:author><x:author>ServiceBook</x:author></x:authors><x:commentList><x:comment ref="B2" authorId="0"/></x:commentList></x:comments>', 'ServiceBook', [['D4', 'n']])).toBe(
      '<x:comments><x:authors><x:author>A</x:author><x:author>ServiceBook</x:author></x:authors><x:commentList><x:comment ref="B2" authorId="0"/><x:comment ref="D4" authorId="1"><x:text><x:t xml:space="preserve">n</x:t></x:text></x:comment></x:commentList></x:comments>',
    );
    expect(withComments('<comments xmlns="m"></comments>', 'ServiceBook', [['A2', 'n']])).toBe(
      '<comments xmlns="m"><authors><author>ServiceBook</author></authors><commentList><comment ref="A2" authorId="0"><text><t xml:space="preserve">n</t></text></comment></commentList></comments>',
    );
  });

  it('a sheet without notes gets a comments part, a VML drawing, their relationships, content types and <legacyDrawing>', async () => {
    const files = new Map<string, string>([
      ['xl/worksheets/_rels/sheet2.xml.rels', '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/table" Target="../tables/table1.xml"/></Relationships>'],
      ['[Content_Types].xml', '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>'],
      ['xl/comments1.xml', '<comments/>'],
    ]);
    const pkg = { text: async (n: string) => files.get(n) ?? null, names: () => [...files.keys(), 'xl/drawings/vmlDrawing1.vml'] };
    const { parts, tail } = await annotationParts(pkg, 'xl/worksheets/sheet2.xml', [{ row: 5, col: 3, note: '客户 & 录音', link: { target: 'https://crm.example.com/?a=1&b=2' } }], '', 'r');
    const rels = parts.get('xl/worksheets/_rels/sheet2.xml.rels')!;
    expect(rels).toContain('Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://crm.example.com/?a=1&amp;b=2" TargetMode="External"');
    expect(rels).toContain('Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="../comments2.xml"');
    expect(rels).toContain('Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/vmlDrawing" Target="../drawings/vmlDrawing2.vml"');
    expect(parts.get('xl/comments2.xml')).toContain('<comment ref="C5" authorId="0"><text><t xml:space="preserve">客户 &amp; 录音</t></text></comment>');
    expect(parts.get('xl/drawings/vmlDrawing2.vml')).toContain('<x:Row>4</x:Row><x:Column>2</x:Column>');
    const types = parts.get('[Content_Types].xml')!;
    expect(types).toContain('<Override PartName="/xl/comments2.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml"/>');
    expect(types).toContain('<Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/>');
    const edited = tail.reduce((t: string, f) => f(t) ?? t, '</sheetData><pageMargins/><tableParts count="1"><tablePart r:id="rId1"/></tableParts></worksheet>');
    expect(edited).toBe(
      '</sheetData><hyperlinks><hyperlink ref="C5" r:id="rId2"/></hyperlinks><pageMargins/><legacyDrawing r:id="rId4"/><tableParts count="1"><tablePart r:id="rId1"/></tableParts></worksheet>',
    );
  });
});
