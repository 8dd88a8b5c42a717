import { revisitDueOf } from './revisitDueOf';
import { testSettings, ticket } from '../sla/testSettings';

const settings = testSettings(); // revisitWorkingDays: 3

describe('revisitDueOf', () => {
  it('gives a satisfied customer a revisit 3 working days after resolution', () => {
    expect(revisitDueOf(ticket({ satisfaction: 5, resolvedAt: '2024-05-08T16:30' }), settings)).toBe('2024-05-11T16:30');
    expect(revisitDueOf(ticket({ satisfaction: 4, resolvedAt: '2024-09-30T10:00' }), settings)).toBe('2024-10-10T10:00');
  });
  it('is null below 4, without a rating or without resolution', () => {
    expect(revisitDueOf(ticket({ satisfaction: 3, resolvedAt: '2024-05-08T16:30' }), settings)).toBeNull();
    expect(revisitDueOf(ticket({ satisfaction: null, resolvedAt: '2024-05-08T16:30' }), settings)).toBeNull();
    expect(revisitDueOf(ticket({ satisfaction: 5, resolvedAt: null }), settings)).toBeNull();
  });
  it('follows the configured number of working days', () => {
    const one = testSettings({ followUp: { ...settings.followUp, revisitWorkingDays: 1 } });
    expect(revisitDueOf(ticket({ satisfaction: 5, resolvedAt: '2024-05-10T16:30' }), one)).toBe('2024-05-11T16:30');
  });
});
