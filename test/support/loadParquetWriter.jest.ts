/**
 * Jest runs CommonJS without `--experimental-vm-modules`, where `import()` of an ES module fails:
 * jest.config.js maps src/xlsx/export/loadParquetWriter here and transpiles hyparquet-writer to
 * CommonJS, so tests write Parquet with the same library parts the command uses.
 */
import type { ParquetWriterParts } from '../../src/xlsx/export/loadParquetWriter';

/* eslint-disable @typescript-eslint/no-require-imports */
export const loadParquetWriter = async (): Promise<ParquetWriterParts> => ({
  writePageHeader: require('hyparquet-writer/src/datapage.js').writePageHeader,
  writeMetadata: require('hyparquet-writer/src/metadata.js').writeMetadata,
  ByteWriter: require('hyparquet-writer').ByteWriter,
});
