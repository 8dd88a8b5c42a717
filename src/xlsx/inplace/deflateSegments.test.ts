import { randomBytes } from 'crypto';
import { inflateRawSync } from 'zlib';
import { deflateSegments, segmentsOf } from './deflateSegments';

describe('deflateSegments', () => {
  it('groups pieces into runs of at least the segment size, in order', () => {
    const p = [3, 3, 3, 7, 1].map((n) => Buffer.alloc(n));
    expect(segmentsOf(p, 5).map((g) => g.map((b) => b.length))).toEqual([[3, 3], [3, 7], [1]]);
    expect(segmentsOf([], 5)).toEqual([[]]);
  });

  it.each([
    ['one segment', 1],
    ['many segments', 64 * 1024],
  ])('gives one raw deflate stream that inflates to the pieces joined (%s)', async (_, size) => {
    // Text (matches across segment boundaries) and incompressible bytes.
    const text = Buffer.from(Array.from({ length: 20_000 }, (_, i) => `<row r="${i}"><c t="inlineStr"><is><t>工单 ${i % 97}</t></is></c></row>`).join(''));
    const cut = (b: Buffer): Buffer[] => Array.from({ length: Math.ceil(b.length / 50_000) }, (_, i) => b.subarray(i * 50_000, (i + 1) * 50_000));
    const pieces = [...cut(text.subarray(0, 300_000)), randomBytes(200_000), ...cut(text.subarray(300_000)), Buffer.alloc(0), Buffer.from('</sheetData>')];
    const packed = await deflateSegments(pieces, 6, size === 1 ? Number.MAX_SAFE_INTEGER : size);
    if (size !== 1) expect(packed.length).toBeGreaterThan(5);
    expect(inflateRawSync(Buffer.concat(packed)).equals(Buffer.concat(pieces))).toBe(true);
  });

  it('compresses nearly as well as one stream', async () => {
    const text = Buffer.from(Array.from({ length: 60_000 }, (_, i) => `<row r="${i}"><c r="A${i}" s="3"><v>${45000 + i / 97}</v></c></row>`).join(''));
    const one = (await deflateSegments([text], 6, Number.MAX_SAFE_INTEGER)).reduce((n, b) => n + b.length, 0);
    const many = (await deflateSegments([text], 6, 256 * 1024)).reduce((n, b) => n + b.length, 0);
    expect(many / one).toBeLessThan(1.02);
  });
});
