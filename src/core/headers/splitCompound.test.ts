import fc from 'fast-check';
import { COMPOUND_KINDS } from './types';
import { splitCompound, timedSegments } from './splitCompound';

describe('splitCompound — seed 002', () => {
  test('客户信息 → name + contact', () => {
    expect(splitCompound('客户信息', '王*,138****5678').fields).toEqual({ customerName: '王*', contact: '138****5678' });
    expect(splitCompound('客户信息', '陈先生，chen@example.com').fields).toEqual({ customerName: '陈先生', contact: 'chen@example.com' });
  });

  test('问题详情 → description without the urgency clause, urgency, date hint', () => {
    const s = splitCompound('问题详情', '2023-10-15购买的产品无法开机，紧急程度：高');
    expect(s.fields).toEqual({ description: '2023-10-15购买的产品无法开机', urgency: '高' });
    expect(s.dateHint).toBe('2023-10-15');
    expect(splitCompound('问题详情', '物流延迟3天未送达，投诉服务态度，紧急程度：中').fields.urgency).toBe('中');
    expect(splitCompound('问题详情', '设备异响').fields).toEqual({ description: '设备异响' });
  });

  const process =
    '2023-10-1510:00客服专员接收记录;10:15分派至技术部李工;10:30李工联系客户获取序列号SN56;11:00检测确认主板故障，申请更换';

  test('处理过程 → log lines with their times and kinds', () => {
    const s = splitCompound('处理过程', process);
    expect(s.log.map((l) => [l.at, l.kind, l.by])).toEqual([
      ['2023-10-15T10:00', '受理', '客服专员'],
      ['2023-10-15T10:15', '分派', ''],
      ['2023-10-15T10:30', '沟通', '李工'],
      ['2023-10-15T11:00', '进度', ''],
    ]);
    expect(s.log[3].content).toBe('检测确认主板故障，申请更换');
  });

  test('处理过程 → receivedAt, firstResponseAt (the assignment), department and owner', () => {
    expect(splitCompound('处理过程', process).fields).toMatchObject({
      receivedAt: '2023-10-15T10:00',
      firstResponseAt: '2023-10-15T10:15',
      department: '技术部',
      owner: '李工',
      progress: '检测确认主板故障，申请更换',
      lastUpdateAt: '2023-10-15T11:00',
    });
  });

  test('处理过程 with a classification: subcategory and category', () => {
    const s = splitCompound('处理过程', '2023-10-1509:30客服专员记录建议;09:45分类为“功能建议”，分派至产品部王经理');
    expect(s.fields).toMatchObject({ subcategory: '功能建议', category: '建议', department: '产品部', owner: '王经理' });
  });

  test('结果与反馈 → result, resolvedAt (first time), feedback, satisfaction', () => {
    const s = splitCompound('结果与反馈', '2023-10-1514:00为客户更换新产品，当日顺丰寄出;14:30客户确认收到，反馈满意');
    expect(s.fields).toMatchObject({
      result: '为客户更换新产品，当日顺丰寄出',
      resolvedAt: '2023-10-15T14:00',
      feedback: '客户确认收到，反馈满意',
      satisfaction: 4,
    });
    expect(s.log.map((l) => l.kind)).toEqual(['结果', '沟通']);
  });

  test('结果与反馈 with a month-day stamp and 一般', () => {
    const s = splitCompound('结果与反馈', '2023-10-1518:00告知客户问题原因及加急方案;10月16日10:00客户确认收到，反馈“一般，希望后续避免”');
    expect(s.fields.satisfaction).toBe(3);
    expect(s.log[1].at).toBe('2023-10-16T10:00');
    expect(splitCompound('结果与反馈', '2023-10-1511:00已回复;客户回复“感谢，期待更新”').fields.satisfaction).toBeUndefined();
    expect(splitCompound('结果与反馈', '2023-10-15 11:00已处理;客户表示不满意').fields.satisfaction).toBe(2);
  });

  test('归档信息 → archivedAt and 已关闭', () => {
    expect(splitCompound('归档信息', '归档时间：2023-10-16').fields).toEqual({ archivedAt: '2023-10-16T00:00', status: '已关闭' });
    expect(splitCompound('归档信息', '歸檔時間：2023/10/17').fields.archivedAt).toBe('2023-10-17T00:00');
    expect(splitCompound('归档信息', '未归档').fields).toEqual({});
  });

  test('time-only segments take the previous date; the first one takes ctx.date', () => {
    const seg = timedSegments('09:00开始处理；10月2日08:00继续;09:30完成', { date: '2024-10-01' });
    expect(seg.map((s) => s.at)).toEqual(['2024-10-01T09:00', '2024-10-02T08:00', '2024-10-02T09:30']);
    expect(timedSegments('10:00处理').map((s) => s.at)).toEqual([null]);
    const cn = timedSegments('2024-10-01 09:00受理;14点30分客户确认;16时回访', {});
    expect(cn.map((s) => [s.at, s.text])).toEqual([
      ['2024-10-01T09:00', '受理'],
      ['2024-10-01T14:30', '客户确认'],
      ['2024-10-01T16:00', '回访'],
    ]);
  });

  test('never throws, for every kind and any value', () => {
    fc.assert(
      fc.property(fc.constantFrom(...COMPOUND_KINDS), fc.anything(), (kind, v) => {
        const s = splitCompound(kind, v, { year: 2024 });
        expect(Array.isArray(s.log)).toBe(true);
      }),
    );
  });
});

describe('splitCompound — seed 004 沟通记录', () => {
  const record =
    '2024-05-08 17:00 电话联系客户，客户反馈设备仍无法启动，下一步：安排李工上门更换电源模块；' +
    '5月9日10:00 李工上门更换电源模块，设备恢复运行；' +
    '14:00 通过微信回访，客户表示满意，计划三天后再次回访';

  test('one log line per segment: time (time-only takes the previous date), kind, channel, next step', () => {
    const s = splitCompound('沟通记录', record, { date: '2024-05-08' });
    expect(s.log.map((l) => [l.at, l.kind, l.channel, l.nextStep])).toEqual([
      ['2024-05-08T17:00', '沟通', '电话', '安排李工上门更换电源模块'],
      ['2024-05-09T10:00', '进度', '上门', ''],
      ['2024-05-09T14:00', '沟通', '微信', '三天后再次回访'],
    ]);
    expect(s.log[0].content).toBe('电话联系客户，客户反馈设备仍无法启动');
    expect(s.log[1].by).toBe('李工');
    expect(s.log.every((l) => l.status === null)).toBe(true);
  });

  test('progress, last update and follow-up from the latest line — never the received time', () => {
    const s = splitCompound('沟通记录', record, { date: '2024-05-08' });
    expect(s.fields).toEqual({ progress: '通过微信回访，客户表示满意', lastUpdateAt: '2024-05-09T14:00', followUp: '三天后再次回访' });
    // The latest by time, even when written out of order.
    const back = splitCompound('沟通记录', '2024-05-09 09:00 邮件告知到货时间；2024-05-08 18:00 电话致歉');
    expect(back.fields).toMatchObject({ progress: '邮件告知到货时间', lastUpdateAt: '2024-05-09T09:00' });
  });

  test('a note without a time or channel: one undated 进度 line, its text as progress', () => {
    const s = splitCompound('沟通记录', '已更换电源模块，设备恢复正常');
    expect(s.log).toEqual([{ at: null, kind: '进度', content: '已更换电源模块，设备恢复正常', by: '', status: null, channel: '', nextStep: '' }]);
    expect(s.fields).toEqual({ progress: '已更换电源模块，设备恢复正常' });
    expect(splitCompound('沟通记录', '已致歉，安排主管回访').log[0].kind).toBe('沟通');
  });

  test('sentences that start with a time are separate lines; the earliest named channel wins', () => {
    const s = splitCompound('沟通记录', '2024-05-08 16:50 已电话联系客户，稍后邮件发送报价。17:30 发送邮件报价', {});
    expect(s.log.map((l) => [l.at, l.channel])).toEqual([
      ['2024-05-08T16:50', '电话'],
      ['2024-05-08T17:30', '邮件'],
    ]);
  });

  test('property: every segment becomes one line, the received time is never set', () => {
    const note = fc.constantFrom('电话联系客户', '邮件告知进度', '更换备件', '客户反馈满意，下一步：回访', '上门检测');
    const time = fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })).map(([h, m]) => `${h}:${String(m).padStart(2, '0')}`);
    fc.assert(
      fc.property(fc.array(fc.tuple(time, note), { minLength: 1, maxLength: 6 }), (parts) => {
        const s = splitCompound('沟通记录', parts.map(([t, n]) => `${t} ${n}`).join('；'), { date: '2024-05-08' });
        expect(s.log).toHaveLength(parts.length);
        expect(s.log.every((l) => l.at !== null && l.at.startsWith('2024-05-08'))).toBe(true);
        expect(s.fields.receivedAt).toBeUndefined();
        expect(s.fields.lastUpdateAt).toBe(s.log.map((l) => l.at!).sort().pop());
      }),
    );
  });
});
