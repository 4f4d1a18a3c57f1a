/**
 * The profile's text box with its gutter: line numbers, a mark on each line a problem is on, and
 * the lists of errors and warnings, each with a button that puts the cursor where it is. The
 * gutter draws only the lines in view, so its work stays the same for any length of text.
 */
import type { ProfileProblem } from '../../engine/parse-profile.ts';
import { lineCount, offsetOf } from '../../engine/text-offset.ts';
import type { CheckerRefs } from './checker-refs.ts';

type EditorRefs = Pick<CheckerRefs, 'text' | 'gutter' | 'problems' | 'warnings'>;

interface Mark {
  line: number;
  kind: 'error' | 'warning';
}

export class ProfileEditor {
  readonly text: HTMLTextAreaElement;
  #gutter: HTMLElement;
  #lines: HTMLElement;
  #problems: HTMLElement;
  #warnings: HTMLElement;
  #hint: string;
  #lineCount = 1;
  #marks: Mark[] = [];

  constructor(refs: EditorRefs, signal: AbortSignal) {
    this.text = refs.text;
    this.#gutter = refs.gutter;
    this.#problems = refs.problems;
    this.#warnings = refs.warnings;
    this.#hint = refs.text.getAttribute('aria-describedby') ?? '';
    this.#lines = document.createElement('div');
    this.#lines.className = 'checker-gutter-lines';
    this.#gutter.replaceChildren(this.#lines);
    this.text.addEventListener('scroll', () => this.#drawGutter(), { signal, passive: true });
    const resize = new ResizeObserver(() => this.#drawGutter());
    resize.observe(this.text);
    signal.addEventListener('abort', () => resize.disconnect());
    this.#counted();
  }

  get value(): string {
    return this.text.value;
  }

  set value(text: string) {
    this.text.value = text;
    this.#counted();
  }

  /** The text changed in the box: its line count may have. */
  edited(): void {
    this.#counted();
  }

  /** Shows the parse's problems: errors (the text cannot be checked) and warnings. */
  showProblems(errors: ProfileProblem[], warnings: ProfileProblem[]): void {
    this.#list(this.#problems, errors);
    this.#list(this.#warnings, warnings);
    this.text.setAttribute('aria-invalid', String(errors.length > 0));
    // The text box's description names what is wrong with it, for those who cannot see the marks.
    const described = [
      this.#hint,
      errors.length > 0 ? this.#problems.id : '',
      warnings.length > 0 ? this.#warnings.id : '',
    ];
    this.text.setAttribute('aria-describedby', described.filter(Boolean).join(' '));
    this.#marks = [
      ...errors.map((p) => ({ line: p.line, kind: 'error' as const })),
      ...warnings.map((p) => ({ line: p.line, kind: 'warning' as const })),
    ].filter((m): m is Mark => m.line !== undefined);
    this.#drawGutter();
  }

  #counted(): void {
    this.#lineCount = lineCount(this.text.value);
    this.#gutter.style.setProperty('--digits', String(String(this.#lineCount).length));
    this.#drawGutter();
  }

  #list(box: HTMLElement, problems: ProfileProblem[]): void {
    const key = problems.map((p) => p.message).join('\n');
    if (box.dataset.text === key) return;
    box.dataset.text = key;
    box.replaceChildren();
    if (problems.length === 0) return;
    const list = document.createElement('ul');
    for (const problem of problems) {
      const item = document.createElement('li');
      item.textContent = problem.message;
      if (problem.line !== undefined) {
        const { line, column = 1 } = problem;
        const go = document.createElement('button');
        go.type = 'button';
        go.className = 'checker-go-to';
        go.textContent = `Go to line ${line}`;
        go.addEventListener('click', () => this.#goTo(line, column));
        item.append(' ', go);
      }
      list.append(item);
    }
    box.append(list);
  }

  #goTo(line: number, column: number): void {
    const at = offsetOf(this.text.value, line, column);
    this.text.focus();
    this.text.setSelectionRange(at, at);
    // Scroll the line into view: the box scrolls to the selection only on some browsers.
    const height = this.#lineHeight();
    this.text.scrollTop = Math.max(0, (line - 3) * height);
  }

  #lineHeight(): number {
    return parseFloat(getComputedStyle(this.text).lineHeight) || 20;
  }

  /** Numbers and marks for the lines in view, shifted with the text's scrolling. */
  #drawGutter(): void {
    const height = this.#lineHeight();
    const first = Math.floor(this.text.scrollTop / height);
    const last = Math.min(this.#lineCount, first + Math.ceil(this.text.clientHeight / height) + 1);
    const numbers: string[] = [];
    for (let n = first + 1; n <= last; n++) numbers.push(String(n));
    const marked = new Map<number, Mark['kind']>();
    for (const mark of this.#marks) {
      if (mark.line <= first || mark.line > last) continue;
      if (marked.get(mark.line) !== 'error') marked.set(mark.line, mark.kind);
    }
    const marks = [...marked].map(([line, kind]) => {
      const span = document.createElement('span');
      span.className = `checker-gutter-mark checker-gutter-${kind}`;
      span.style.setProperty('--row', String(line - first - 1));
      return span;
    });
    const text = document.createElement('span');
    text.className = 'checker-gutter-numbers';
    text.textContent = numbers.join('\n');
    this.#lines.replaceChildren(...marks, text);
    this.#lines.style.transform = `translateY(${first * height - this.text.scrollTop}px)`;
  }
}
