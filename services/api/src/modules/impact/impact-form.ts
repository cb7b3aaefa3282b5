import { AppError, ErrorCode } from '../../shared/errors';
import {
  ImpactProblem,
  type ImpactLine,
  type LineInput,
  LineRefused,
  type LineProblem,
  MAX_LINES,
  checkCommune,
  checkLine,
  checkMonth,
  lineKey,
} from './impact-lines';

export interface DeclarationForm {
  month: string;
  inseeCode: string;
  lines: readonly LineInput[];
}

const refused = (problems: LineProblem[]) =>
  new AppError(
    ErrorCode.BAD_USER_INPUT,
    problems.map((p) => (p.line ? `Line ${p.line}: ` : '') + p.message).join(' '),
    {
      field: problems[0]!.field,
      problem: problems[0]!.problem,
      problems,
    },
  );

/**
 * A form declaration checked whole: every bad line is reported (line 0: the month or commune) and
 * nothing is stored until the form is right.
 */
export function checkDeclarationForm(
  form: DeclarationForm,
  now: Date,
): { month: string; inseeCode: string; lines: ImpactLine[] } {
  const problems: LineProblem[] = [];
  const attempt = <T>(line: number, check: () => T): T | null => {
    try {
      return check();
    } catch (error) {
      if (!(error instanceof LineRefused)) throw error;
      problems.push({ line, field: error.field, problem: error.problem, message: error.message });
      return null;
    }
  };
  const month = attempt(0, () => checkMonth(form.month, now));
  const inseeCode = attempt(0, () => checkCommune(form.inseeCode));
  if (form.lines.length === 0)
    problems.push({ line: 0, field: 'lines', problem: ImpactProblem.NO_LINES, message: 'Declare at least one line.' });
  if (form.lines.length > MAX_LINES)
    problems.push({
      line: 0,
      field: 'lines',
      problem: ImpactProblem.TOO_MANY_LINES,
      message: `At most ${MAX_LINES} lines.`,
    });
  const keys = new Set<string>();
  const lines: ImpactLine[] = [];
  form.lines.slice(0, MAX_LINES).forEach((input, index) => {
    const line = attempt(index + 1, () => checkLine(input));
    if (!line) return;
    if (keys.has(lineKey(line)))
      problems.push({
        line: index + 1,
        field: 'subcategoryId',
        problem: ImpactProblem.DUPLICATE_LINE,
        message: `${line.subcategoryId} ${line.flow} ${line.outcome ?? ''} is declared twice.`,
      });
    keys.add(lineKey(line));
    lines.push(line);
  });
  if (problems.length || !month || !inseeCode) throw refused(problems);
  return { month, inseeCode, lines };
}
