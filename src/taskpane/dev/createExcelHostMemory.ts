/** Stand-in for src/excel/createExcelHost in a SERVICEBOOK_HOST=memory build (see webpack.config.js). */
import { createMemoryHost } from './memoryHost';

export const createExcelHost = () => createMemoryHost();
