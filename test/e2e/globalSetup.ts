/** Jest globalSetup for the e2e project: build dist/ and the fake host bundle when stale. */
import { ensureBuilt } from './support/build';

export default async function globalSetup(): Promise<void> {
  await ensureBuilt();
}
