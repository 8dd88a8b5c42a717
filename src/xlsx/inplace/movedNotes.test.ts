import { notesFollowRows, vmlNotesFollowRows } from './movedNotes';
import { rowMoves } from './movedAnchors';

const box = { headerRow: 1, left: 1, right: 3, refBottom: 5 };
// Rows 2..5 hold the body; row 3 is archived, rows 4 and 5 move up one.
const moves = rowMoves(box, [{ from: 0 }, { from: 2 }, { from: 3 }]);

describe('notesFollowRows', () => {
  it('moves the comments and threaded comments of moving rows, drops those of leaving rows, keeps the rest', () => {
    const xml =
      '<comments><commentList><comment ref="B5" authorId="0"><text><t>a</t></text></comment><comment ref="B3" authorId="0"><text><t>b</t></text></comment>' +
      '<comment ref="E4" authorId="0"><text><t>c</t></text></comment><comment ref="A2" authorId="0"><text><t>d</t></text></comment></commentList></comments>';
    expect(notesFollowRows(xml, box, moves)).toBe(
      '<comments><commentList><comment ref="B4" authorId="0"><text><t>a</t></text></comment>' +
        '<comment ref="E4" authorId="0"><text><t>c</t></text></comment><comment ref="A2" authorId="0"><text><t>d</t></text></comment></commentList></comments>',
    );
    expect(notesFollowRows('<ThreadedComments><threadedComment ref="C4" id="{1}"><text>x</text></threadedComment></ThreadedComments>', box, moves)).toBe(
      '<ThreadedComments><threadedComment ref="C3" id="{1}"><text>x</text></threadedComment></ThreadedComments>',
    );
    expect(notesFollowRows('<comments><commentList><comment ref="A2"/></commentList></comments>', box, moves)).toBeNull();
  });
});

describe('vmlNotesFollowRows', () => {
  const shape = (row: number, col: number): string =>
    `<v:shape id="_x0000_s${row}" type="#_x0000_t202"><x:ClientData ObjectType="Note"><x:Anchor>${col + 1}, 15, ${row - 1}, 10, ${col + 3}, 15, ${row + 3}, 4</x:Anchor><x:Row>${row}</x:Row><x:Column>${col}</x:Column></x:ClientData></v:shape>`;
  it('moves the boxes of notes on moving rows (0-based x:Row and the anchor), drops those of leaving rows', () => {
    // 0-based rows: 4 is sheet row 5 (moves to 4), 2 is sheet row 3 (leaves), 3 in column F (index 5) stays.
    const vml = `<xml>${shape(4, 1)}${shape(2, 1)}${shape(3, 5)}</xml>`;
    expect(vmlNotesFollowRows(vml, box, moves)).toBe(
      `<xml>${shape(3, 1).replace('_x0000_s3', '_x0000_s4')}${shape(3, 5)}</xml>`,
    );
    expect(vmlNotesFollowRows(`<xml>${shape(1, 0)}</xml>`, box, moves)).toBeNull();
  });
});
