import { getPreset } from '../../core/presets';
import { ticketColumns } from '../ticketTable';
import { ticketRulesFor } from './ticketRules';

describe('ticketRulesFor', () => {
  const settings = getPreset('standard').settings;
  const headers = ticketColumns('zh-CN', settings.ratingDimensions, ['来源单号']).map((c) => c.header);
  it('covers the body down to the given row, with the plan\'s lists and colours', () => {
    const r = ticketRulesFor(settings, 'zh-CN', '工单', headers, 2400)!;
    expect(r.validations.length).toBeGreaterThan(3);
    expect(r.validations.every((v) => v.fromRow === 2 && v.toRow === 2400)).toBe(true);
    expect(r.conditionalFormats.map((c) => c.ref)).toEqual([expect.stringMatching(/^A2:[A-Z]+2400$/), expect.stringMatching(/^A2:[A-Z]+2400$/)]);
  });
  it('leaves a rearranged table alone', () => {
    expect(ticketRulesFor(settings, 'zh-CN', '工单', [...headers].reverse(), 2400)).toBeNull();
  });
});
