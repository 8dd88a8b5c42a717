/**
 * hyparquet-writer is an ES module; the command is CommonJS, so it is imported dynamically (Node
 * loads ES modules through `import()` from CommonJS). Tests replace this one function.
 */
export type ParquetWriterModule = typeof import('hyparquet-writer', { with: { 'resolution-mode': 'import' } });

export const loadParquetWriter = (): Promise<ParquetWriterModule> => import('hyparquet-writer');
