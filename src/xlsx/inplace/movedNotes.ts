/**
 * Notes (comments) on a table's cells follow the table's rows when they move (archive), as its
 * hyperlinks and merged ranges do (movedAnchors.ts): the note of a row that moves moves with it —
 * its `ref` in the comments part and in the threaded comments part, its box in the VML drawing
 * (`x:Row`, 0-based, and the anchor's rows) — and the note of a row that leaves goes with it.
 */
import { movedRef } from './movedAnchors';
import type { PlacedTable } from './tableRows';
import type { Dropped } from './types';

/**
 * A comments or threaded-comments part with each `<comment ref>` / `<threadedComment ref>` on a
 * moving row moved or removed (the removed legacy notes counted in `dropped`); null when nothing changes.
 * @example notesFollowRows('<comments><commentList><comment ref="B3"><text/></comment></commentList></comments>', { headerRow: 1, left: 1, right: 3, refBottom: 3 }, new Map([[2, null], [3, 2]])) === '<comments><commentList><comment ref="B2"><text/></comment></commentList></comments>'
 */
export function notesFollowRows(xml: string, t: PlacedTable, moves: ReadonlyMap<number, number | null>, dropped?: Dropped): string | null {
  let changed = false;
  const out = xml.replace(/<((?:[\w.-]+:)?)(comment|threadedComment)\b([^>]*?)\sref="([^"]*)"([^>]*?)(\/>|>[\s\S]*?<\/\1\2>)/g, (el: string, _p: string, name: string, _a: string, ref: string) => {
    const to = movedRef(ref, t, moves);
    if (to === undefined) return el;
    changed = true;
    // A threaded comment has its legacy twin in the comments part: the note is counted once, there.
    if (to === null && dropped && name === 'comment') dropped.notes += 1;
    return to === null ? '' : el.replace(`ref="${ref}"`, `ref="${to}"`);
  });
  return changed ? out : null;
}

/**
 * A VML drawing with each note's shape on a moving row moved (its `x:Row` and the anchor's top
 * and bottom rows) or removed; null when nothing changes.
 * @example vmlNotesFollowRows('<v:shape><x:ClientData ObjectType="Note"><x:Anchor>2, 15, 1, 10, 4, 15, 5, 4</x:Anchor><x:Row>2</x:Row><x:Column>1</x:Column></x:ClientData></v:shape>', { headerRow: 1, left: 1, right: 3, refBottom: 3 }, new Map([[2, null], [3, 2]])) === '<v:shape><x:ClientData ObjectType="Note"><x:Anchor>2, 15, 0, 10, 4, 15, 4, 4</x:Anchor><x:Row>1</x:Row><x:Column>1</x:Column></x:ClientData></v:shape>'
 */
export function vmlNotesFollowRows(vml: string, t: PlacedTable, moves: ReadonlyMap<number, number | null>): string | null {
  let changed = false;
  const out = vml.replace(/<v:shape\b[\s\S]*?<\/v:shape>/g, (shape) => {
    if (!/ObjectType="Note"/.test(shape)) return shape;
    const row = /<x:Row>\s*(\d+)\s*<\/x:Row>/.exec(shape);
    const col = /<x:Column>\s*(\d+)\s*<\/x:Column>/.exec(shape);
    if (!row || !col) return shape;
    const r = Number(row[1]) + 1;
    const c = Number(col[1]) + 1;
    if (c < t.left || c > t.right || !moves.has(r)) return shape;
    changed = true;
    const to = moves.get(r);
    if (to === null || to === undefined) return '';
    const d = to - r;
    return shape
      .replace(/<x:Row>\s*\d+\s*<\/x:Row>/, `<x:Row>${to - 1}</x:Row>`)
      .replace(/<x:Anchor>([^<]*)<\/x:Anchor>/, (_m, a: string) => {
        const n = a.split(',').map((s) => s.trim());
        if (n.length !== 8) return `<x:Anchor>${a}</x:Anchor>`;
        n[2] = String(Math.max(0, Number(n[2]) + d));
        n[6] = String(Math.max(0, Number(n[6]) + d));
        return `<x:Anchor>${n.join(', ')}</x:Anchor>`;
      });
  });
  return changed ? out : null;
}
