/**
 * Jest runs CommonJS without `--experimental-vm-modules`, where `import()` of an ES module fails:
 * jest.config.js maps src/xlsx/export/loadParquetWriter here and transpiles hyparquet-writer to
 * CommonJS, so tests write Parquet with the same library the command uses.
 */
import type { ParquetWriterModule } from '../../src/xlsx/export/loadParquetWriter';

// eslint-disable-next-line @typescript-eslint/no-require-imports
export const loadParquetWriter = async (): Promise<ParquetWriterModule> => require('hyparquet-writer') as ParquetWriterModule;
