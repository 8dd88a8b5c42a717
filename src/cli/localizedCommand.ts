/**
 * Commander in the run's language: its own errors (unknown option, missing argument, …) and the
 * headings of `--help` come from the message files. Commander builds its errors in English and
 * passes them, with a code, through `Command.error`; this subclass re-words them by code.
 */
import { Command, type ErrorOptions, type Help, type Option } from 'commander';
import { t } from './messages';

const quoted = (message: string): string[] => [...message.matchAll(/'([^']*)'/g)].map((m) => m[1]);

/**
 * One of commander's error messages in the run's language (its `error: ` prefix dropped, a
 * "did you mean" suggestion kept, a pointer to `--help` added).
 * @example commanderMessage("error: unknown option '--lcale'\n(Did you mean --locale?)", 'commander.unknownOption')
 * // → '未知的选项「--lcale」（是否要用 --locale？）（运行 servicebook --help 查看用法）' (zh-CN)
 */
export function commanderMessage(message: string, code: string | undefined): string {
  const [first] = quoted(message);
  const suggestion = /Did you mean (?:one of )?(.+?)\?\)/.exec(message)?.[1];
  const hint = suggestion ? t('cmdDidYouMean', { suggestion }) : '';
  const detail = message.replace(/^error:\s*/, '').trim();
  let text: string;
  switch (code) {
    case 'commander.unknownOption':
      text = t('cmdUnknownOption', { option: first ?? detail }) + hint;
      break;
    case 'commander.unknownCommand':
      text = t('cmdUnknownCommand', { command: first ?? detail }) + hint;
      break;
    case 'commander.missingArgument':
      text = t('cmdMissingArgument', { argument: first ?? detail });
      break;
    case 'commander.optionMissingArgument':
      text = t('cmdOptionMissingArgument', { option: first ?? detail });
      break;
    case 'commander.missingMandatoryOptionValue':
      text = t('cmdMissingMandatoryOption', { option: first ?? detail });
      break;
    case 'commander.excessArguments': {
      const m = /Expected (\d+) argument.* got (\d+)/.exec(message);
      text = t('cmdExcessArguments', { expected: m?.[1] ?? '?', received: m?.[2] ?? '?' });
      break;
    }
    case 'commander.conflictingOption':
      text = t('cmdConflictingOption', { detail });
      break;
    default:
      text = t('cmdInvalidArgument', { detail });
  }
  return t('errorLine', { message: text + t('cmdSeeHelp') });
}

const TITLES: Record<string, Parameters<typeof t>[0]> = {
  'Usage:': 'helpUsage',
  'Options:': 'helpOptions',
  'Arguments:': 'helpArguments',
  'Commands:': 'helpCommands',
  'Global Options:': 'helpGlobalOptions',
};

/** `--help` in the run's language: headings, and an option's default after its description. */
export function helpConfiguration(): Partial<Help> {
  return {
    styleTitle: (title: string) => (TITLES[title] ? t(TITLES[title]) : title),
    subcommandTerm: (c: Command) => `${c.name()} ${c.usage()}`.trim(),
    optionDescription: (o: Option) =>
      o.defaultValue === undefined || typeof o.defaultValue === 'boolean' ? o.description : t('helpDefault', { description: o.description, value: String(o.defaultValue) }),
  };
}

/** A Command whose subcommands are LocalizedCommands too and whose errors are re-worded. */
export class LocalizedCommand extends Command {
  override createCommand(name?: string): Command {
    return new LocalizedCommand(name);
  }

  override error(message: string, errorOptions?: ErrorOptions): never {
    return super.error(commanderMessage(message, errorOptions?.code), errorOptions);
  }
}
