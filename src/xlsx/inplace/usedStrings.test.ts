import fc from 'fast-check';
import { stringIndexesInBytes } from './usedStrings';

/** The pattern the editor used on decoded text: the reference the byte scan must agree with. */
function indexesByPattern(text: string): Set<number> {
  const used = new Set<number>();
  const re = /<(?:[\w.-]+:)?c\b[^>]*?\st="s"[^>]*>\s*<(?:[\w.-]+:)?v>\s*(\d+)/g;
  for (let m = re.exec(text); m; m = re.exec(text)) used.add(Number(m[1]));
  return used;
}

describe('stringIndexesInBytes', () => {
  it('finds the strings cells use, any prefix, not other cells', () => {
    const xml =
      '<row r="1"><c r="A1" t="s"><v>2</v></c><c r="B1"><v>7</v></c><x:c r="C1" s="3"\n t="s" ><x:v> 11</x:v></x:c>' +
      '<c r="D1" t="str"><v>9</v></c><c r="E1" t="s"/><cell t="s"><v>5</v></cell><c r="F1" t="inlineStr"><is><t>t="s"><v>8</t></is></c></row>';
    expect([...stringIndexesInBytes(Buffer.from(xml))].sort((a, b) => a - b)).toEqual([2, 11]);
    expect(indexesByPattern(xml)).toEqual(new Set([2, 11]));
  });

  it('agrees with the pattern on generated worksheet text', () => {
    const piece = fc.constantFrom(
      '<c r="A1" t="s"><v>1</v></c>', '<x:c t="s"><x:v>23</x:v></x:c>', '<c t="s" s="2">', '<v>', '</v>', '<c r="B2"/>', '<c t="s"/>',
      ' ', '\n', 't="s"', '>', '<', '4', '56', '<cc t="s"><v>3</v></cc>', '<c\tt="s">\n<v>\n77</v>', '工单', '<is><t>', '</t></is>', '<c t="n"><v>8</v></c>', ':', 'x',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        expect(stringIndexesInBytes(Buffer.from(text))).toEqual(indexesByPattern(text));
      }),
      { numRuns: 3000 },
    );
  });
});
