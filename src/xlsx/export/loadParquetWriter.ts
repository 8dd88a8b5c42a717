/**
 * hyparquet-writer is an ES module; the command is CommonJS, so it is imported dynamically (Node
 * loads ES modules through `import()` from CommonJS). Tests replace this one function.
 *
 * The export writes its own pages (parquetColumnChunk.ts) and takes from hyparquet-writer the
 * Thrift compact serialisation of the page headers and of the file's metadata — the parts of the
 * format where a slip makes a file no reader opens.
 */
export type ParquetWriterParts = {
  writePageHeader: typeof import('hyparquet-writer/src/datapage.js', { with: { 'resolution-mode': 'import' } }).writePageHeader;
  writeMetadata: typeof import('hyparquet-writer/src/metadata.js', { with: { 'resolution-mode': 'import' } }).writeMetadata;
  ByteWriter: typeof import('hyparquet-writer', { with: { 'resolution-mode': 'import' } }).ByteWriter;
};

export const loadParquetWriter = async (): Promise<ParquetWriterParts> => {
  const [page, metadata, main] = await Promise.all([import('hyparquet-writer/src/datapage.js'), import('hyparquet-writer/src/metadata.js'), import('hyparquet-writer')]);
  return { writePageHeader: page.writePageHeader, writeMetadata: metadata.writeMetadata, ByteWriter: main.ByteWriter };
};
