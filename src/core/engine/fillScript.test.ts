import { getPreset } from '../presets';
import { fillScript, greetingName } from './fillScript';

describe('greetingName', () => {
  it.each([
    ['王女士', '王女士'],
    ['李先生', '李先生'],
    ['陈小姐', '陈小姐'],
    ['张经理', '张经理'],
    ['某科技有限公司', '某科技有限公司'],
    ['明德教育集团', '明德教育集团'],
    ['李*', '李先生/女士'],
    ['张三', '张三先生/女士'],
    ['  ', '先生/女士'],
  ])('%s → %s', (name, expected) => {
    expect(greetingName(name, '先生/女士')).toBe(expected);
  });
});

describe('fillScript', () => {
  it('fills the agent, the customer and the greeting', () => {
    expect(fillScript('尊敬的{name}先生/女士，我是客服{agent}', { agent: '赵敏', customerName: '王女士' })).toBe('尊敬的王女士，我是客服赵敏');
    expect(fillScript('{name}您好，{name}先生/女士', { agent: '', customerName: '张三' })).toBe('张三您好，张三先生/女士');
  });

  it('reads well with nothing typed yet', () => {
    expect(fillScript('尊敬的{name}先生/女士，感谢您', { agent: '', customerName: '' })).toBe('尊敬的先生/女士，感谢您');
    expect(fillScript('我是客服{agent}，很高兴为您服务', { agent: '  ', customerName: '' })).toBe('我是客服，很高兴为您服务');
  });

  it('leaves no placeholder of the shipped script library unfilled', () => {
    for (const s of getPreset('standard').settings.scripts) expect(fillScript(s.text, { agent: '赵敏', customerName: '王女士' })).not.toMatch(/\{(agent|name)\}/);
  });
});
