import { anchorsFollowRows, rowMoves } from './movedAnchors';

const box = { headerRow: 1, left: 1, right: 3, refBottom: 5 };

describe('rowMoves', () => {
  it('lists the rows that move or leave, not those that stay', () => {
    expect(rowMoves(box, [{ from: 0 }, { from: 2 }, { from: 3 }])).toEqual(
      new Map([
        [3, null],
        [4, 3],
        [5, 4],
      ]),
    );
    expect(rowMoves(box, [{ from: 0 }, { from: 1 }, { from: 2 }, { from: 3 }, { from: 4 }, { from: null }]).size).toBe(0);
  });
});

describe('anchorsFollowRows', () => {
  // Rows 2..5 hold the body; row 3 is archived, rows 4 and 5 move up one.
  const moves = rowMoves(box, [{ from: 0 }, { from: 2 }, { from: 3 }]);
  const tail =
    '</sheetData><mergeCells count="4"><mergeCell ref="B3:C3"/><mergeCell ref="B4:C4"/><mergeCell ref="A2:A2"/><mergeCell ref="D4:E4"/></mergeCells>' +
    '<hyperlinks><hyperlink ref="B5" r:id="rId1"/><hyperlink ref="B3" r:id="rId2"/><hyperlink ref="F4" r:id="rId3"/></hyperlinks></worksheet>';

  it('a hyperlink or merged range in a moving row moves with it; one in a leaving row goes; one outside the columns stays', () => {
    expect(anchorsFollowRows(box, moves)(tail)).toBe(
      '</sheetData><mergeCells count="3"><mergeCell ref="B3:C3"/><mergeCell ref="A2:A2"/><mergeCell ref="D4:E4"/></mergeCells>' +
        '<hyperlinks><hyperlink ref="B4" r:id="rId1"/><hyperlink ref="F4" r:id="rId3"/></hyperlinks></worksheet>',
    );
  });

  it('drops a container left empty, and changes nothing when nothing is anchored to a moving row', () => {
    expect(anchorsFollowRows(box, moves)('<mergeCells count="1"><mergeCell ref="A3:C3"/></mergeCells></worksheet>')).toBe('</worksheet>');
    expect(anchorsFollowRows(box, moves)('<mergeCells count="1"><mergeCell ref="A2:C2"/></mergeCells>')).toBeNull();
  });
});
