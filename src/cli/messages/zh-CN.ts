/**
 * The `servicebook` command's words in Simplified Chinese: the reference set. The other locales
 * are typed against it, so a missing key does not compile; `messages.test.ts` checks that every
 * locale has the same placeholders. Placeholders are `{name}`.
 */
export const zhCN = {
  // Help
  programDescription: 'ServiceBook：把客户服务记录表转换为结构化工作簿，并刷新统计。',
  helpUsage: '用法：',
  helpOptions: '选项：',
  helpArguments: '参数：',
  helpCommands: '命令：',
  helpGlobalOptions: '全局选项：',
  helpOptionDescription: '显示帮助',
  helpCommandDescription: '显示某个命令的帮助',
  helpDefault: '{description}（默认：{value}）',
  helpProgramUsage: '[选项] [命令]',
  helpCommandUsage: '[选项]',

  // Arguments and options
  argInputAny: '.xlsx 或 .csv 文件',
  argInputStructured: '结构化工作簿 .xlsx',
  optOutput: '输出 .xlsx',
  optPreset: '模板预设：{choices}',
  optLocale: '语言：zh-CN | zh-TW | en-US（默认取环境变量 LANG，否则 zh-CN）',
  optLocaleRefresh: '语言：zh-CN | zh-TW | en-US（工作簿默认沿用原来的语言）',
  optPeriod: '统计周期：week | month | quarter | all',
  optAsOf: '统计时点（yyyy-MM-ddTHH:mm）',
  optAsOfExport: '转换非结构化输入时的当前时间（yyyy-MM-ddTHH:mm）',
  optSample: '写入 N 条示例工单（分布在统计时点前后）',
  optJson: '输出 JSON',
  optJsonSummary: '输出 JSON 摘要',
  optForce: '覆盖已存在的输出文件',

  // Commands
  initDescription: '新建结构化工作簿',
  importDescription: '把现有记录表（.xlsx / .csv）转换为结构化工作簿',
  refreshDescription: '按工作簿自己的配置重新计算时限、时效状态与统计',
  validateDescription: '检查工单：0 无问题，1 有问题，2 无法使用的输入',
  statsDescription: '输出统计（期间报告、分类统计、交叉统计）',
  exportDescription: '以 JSON 输出全部工单与问题',

  // Errors the user can act on (exit code 2)
  errorLine: 'servicebook：{message}',
  badAsOf: '--as-of 应为 yyyy-MM-ddTHH:mm：{value}',
  badPeriod: '--period 应为 week、month、quarter 或 all：{value}',
  badLocale: '--locale 应为 {choices}：{value}',
  badPreset: '--preset 应为 {choices}：{value}',
  badSample: '--sample 应为 0 到 1000000 的整数：{value}',
  outputIsInput: '输出文件不能与输入文件相同：{path}',
  outputExists: '输出文件已存在：{path}（使用 --force 覆盖）',
  outputEmpty: '输出路径为空：请用 -o 指定一个文件名',
  outputIsDirectory: '输出路径是一个文件夹，请给出文件名：{path}',
  outputNoParent: '输出文件所在的文件夹不存在：{path}',
  outputNameTooLong: '输出文件名太长（最多 255 字节）：{path}',
  outputNotWritable: '没有权限写入：{path}',
  outputNoSpace: '磁盘空间不足，未写入：{path}',
  outputReadOnly: '输出位置只读：{path}',
  outputNotFile: '输出路径不是普通文件，不能覆盖：{path}',
  outputFailed: '无法写入输出文件：{path}',
  fileNoSpace: '磁盘空间不足：{path}',
  fileDenied: '没有权限访问：{path}',
  fileFailed: '无法读写文件：{path}',
  noTicketTable: '没有找到工单表：没有一个工作表的表头能识别为客户服务记录',
  unknownPreset: '未知的模板预设：{value}',

  // Commander's own errors
  cmdUnknownOption: '未知的选项「{option}」',
  cmdUnknownCommand: '未知的命令「{command}」',
  cmdDidYouMean: '（是否要用 {suggestion}？）',
  cmdMissingArgument: '缺少参数 <{argument}>',
  cmdOptionMissingArgument: '选项「{option}」缺少值',
  cmdMissingMandatoryOption: '必须给出选项「{option}」',
  cmdExcessArguments: '参数太多：应为 {expected} 个，实际 {received} 个',
  cmdInvalidArgument: '参数无效：{detail}',
  cmdConflictingOption: '选项冲突：{detail}',
  cmdSeeHelp: '（运行 servicebook --help 查看用法）',

  // Progress on a terminal
  progressWrite: '写入 {stage} {done}/{total}',
  noteReading: '读取 {path} …',
  noteComputing: '计算 {count} 条工单的时限与统计 …',

  // Results
  initDone: '已创建 {path}：{count} 条工单（预设 {preset}）',
  importDone: '已导入 {tickets} 条工单（预设 {preset}，工作表「{sheet}」第 {headerRow} 行为表头）→ {path}',
  importCounts: '自动编号 {numbered} 条（{pattern}），重复编号改号 {renumbered} 条，问题 {problems} 个，脱敏 {redactions} 处，超时 {overdue} 条',
  refreshDone: '已刷新 {tickets} 条工单（{start} – {end}，统计时点 {asOf}）→ {path}；超时 {overdue} 条，问题 {problems} 个',
  refreshRenumbered: '，重复编号改号 {count} 条',
  warnNoStatsSheet: '工作簿中没有统计表 Stats_Summary（统计工作表被删除）：统计未写入工作簿，仍可用 servicebook stats 查看',
  warnNoPivotsSheet: '工作簿中没有汇总工作表「{sheet}」：交叉统计未写入',
  refreshAdopted: '，表格下方新录入的 {count} 行已并入工单表（第 {rows} 行）',
  refreshKept: '，{count} 个无法识别的单元格按原样保留（见问题列表）',
  statsPeriod: '统计周期 {start} – {end}（统计时点 {asOf}）',
  statsCounts: '受理 {received}，解决 {resolved}，期末积压 {backlog}，超时未结 {overdue}',
  statsRates: '按时响应率 {response}，按时解决率 {resolution}，满意度 {csat}（{ratings} 个评分）',
  validateClean: '{count} 条工单，未发现问题',
  validateTotal: '共 {count} 个问题',
  configProblem: '「{sheet}」表 {table} 第 {row} 行「{column}」{value}：{message}',
  configProblemValue: '（{value}）',
};

export type CliMessageKey = keyof typeof zhCN;
export type CliMessages = Record<CliMessageKey, string>;
