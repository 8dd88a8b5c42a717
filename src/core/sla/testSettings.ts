/**
 * A complete Settings fixture for the calendar, SLA and follow-up tests (the presets are written
 * elsewhere). Standard SLA matrix of DESIGN.md plus a VIP row for 中 (4 bh / 2 wd), China 2024–2026 calendar.
 */
import { defaultCalendarSettings } from '../settings/defaultCalendar';
import type { LogEntry } from '../schema/log';
import { emptyTicket, type Ticket } from '../schema/ticket';
import type { Settings } from '../settings/settings';
import type { Status } from '../schema/enums';
import type { LocalDateTime } from '../time/localDateTime';
import { testFollowUp, testSlaMatrix } from '../settings/testParts';

export function testSettings(overrides: Partial<Settings> = {}): Settings {
  return {
    schemaVersion: 1,
    preset: 'test',
    lists: { channels: ['电话'], departments: ['客服部'], emotions: ['平和'], subcategories: [], owners: ['李四'] },
    initialStatus: '待受理',
    defaultUrgency: '中',
    numbering: { pattern: 'CS{yyyyMMdd}{seq:3}' },
    sla: [
      ...testSlaMatrix(),
      { priority: '中', customerLevel: 'VIP', response: { amount: 4, unit: 'bh' }, resolve: { amount: 2, unit: 'wd' } },
    ],
    calendar: defaultCalendarSettings(),
    routing: [],
    priorityKeywords: [],
    vipRaisesPriority: false,
    suggestions: [],
    scripts: [],
    followUp: testFollowUp(),
    masking: { contacts: true },
    ratingDimensions: [],
    ...overrides,
  };
}

export function ticket(fields: Partial<Ticket>): Ticket {
  return { ...emptyTicket(), id: 'CS20240508001', ...fields };
}

export function logLine(at: LocalDateTime | null, status: Status | null, content = ''): LogEntry {
  return { ticketId: 'CS20240508001', at, kind: status ? '变更' : '进度', channel: '', content, nextStep: '', by: '李四', status };
}
