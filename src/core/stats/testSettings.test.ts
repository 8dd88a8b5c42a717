import { settingsSchema } from '../settings/settings';
import { testSettings } from './testSettings';

it('the statistics test settings are valid Settings', () => {
  expect(settingsSchema.safeParse(testSettings()).success).toBe(true);
});
