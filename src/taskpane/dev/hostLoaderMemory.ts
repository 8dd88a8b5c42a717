/** Stand-in for ../hostLoader in a SERVICEBOOK_HOST=memory build (see webpack.config.js). */
import type { ServiceBookHost } from '../../excel/serviceBookHost';
import { createMemoryHost } from './memoryHost';

export async function loadHost(): Promise<ServiceBookHost> {
  return createMemoryHost();
}
