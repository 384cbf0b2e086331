/**
 * Line editing for the web console, over any terminal that delivers typed data as strings and accepts
 * ANSI escapes (xterm.js): what readline does for the terminal REPL. It keeps the line being typed and
 * the cursor, draws the prompt and line after every edit, walks a history with ↑/↓, and turns keys into
 * actions for its owner: a submitted line, an interrupt (Ctrl-C), end of input (Ctrl-D on an empty line),
 * a completion request (Tab). Pasted text with newlines submits one line per newline, in order.
 *
 * No DOM in here, so tests drive it with plain strings. A line longer than the terminal is wide is
 * still edited correctly but redrawn without wrap handling (kept simple: console lines are short).
 */

export interface EditorHost {
  /** write raw terminal output (escapes included) */
  write(data: string): void;
  /** a whole line was entered */
  submit(line: string): void;
  /** Ctrl-C: `line` is what had been typed */
  interrupt(line: string): void;
  /** Ctrl-D on an empty line */
  eof(): void;
  /** Tab: completions for the text before the cursor, as `{ start, items }` */
  complete(before: string): Promise<{ start: number; items: string[] }>;
}

const CSI = '\x1b[';

export class LineEditor {
  private line = '';
  private cursor = 0;
  private prompt = '';
  private active = false;
  /** history, oldest first; `pos` indexes it while browsing (history.length = the line being typed) */
  private pos = 0;
  private draft = '';
  private lastWasTab = false;

  constructor(private readonly host: EditorHost, readonly history: string[] = [], private readonly historyLimit = 1000) {
    this.pos = history.length;
  }

  /** Show a prompt and start reading a line. */
  start(prompt: string): void {
    this.prompt = prompt;
    this.line = '';
    this.cursor = 0;
    this.active = true;
    this.pos = this.history.length;
    this.host.write(prompt);
  }

  get reading(): boolean {
    return this.active;
  }

  /** Typed or pasted data from the terminal. Returns what was not consumed (text after a submitted line). */
  feed(data: string): string {
    let i = 0;
    while (i < data.length && this.active) {
      const c = data[i];
      if (c === '\x1b') {
        const m = /^\x1b(?:\[[0-9;]*[A-Za-z~]|O[A-Za-z])/.exec(data.slice(i));
        const seq = m ? m[0] : c;
        this.escape(seq);
        i += seq.length;
        continue;
      }
      i++;
      if (c === '\t') {
        void this.tab();
        continue;
      }
      this.lastWasTab = false;
      if (c === '\r' || c === '\n') {
        if (c === '\r' && data[i] === '\n') i++;
        this.enter();
      } else if (c === '\x7f' || c === '\b') this.backspace();
      else if (c === '\x03') this.ctrlC();
      else if (c === '\x04') {
        if (this.line === '') {
          this.active = false;
          this.host.eof();
        } else this.deleteForward();
      } else if (c === '\x01') this.move(0);
      else if (c === '\x05') this.move(this.line.length);
      else if (c === '\x0b') this.setLine(this.line.slice(0, this.cursor), this.cursor);
      else if (c === '\x15') this.setLine(this.line.slice(this.cursor), 0);
      else if (c === '\x0c') {
        this.host.write(`${CSI}2J${CSI}H`);
        this.redraw();
      } else if (c >= ' ') this.insert(c);
    }
    return data.slice(i);
  }

  private escape(seq: string): void {
    this.lastWasTab = false;
    switch (seq) {
      case '\x1b[A':
      case '\x1bOA':
        return this.browse(-1);
      case '\x1b[B':
      case '\x1bOB':
        return this.browse(1);
      case '\x1b[C':
      case '\x1bOC':
        return this.move(Math.min(this.line.length, this.cursor + 1));
      case '\x1b[D':
      case '\x1bOD':
        return this.move(Math.max(0, this.cursor - 1));
      case '\x1b[H':
      case '\x1bOH':
      case '\x1b[1~':
        return this.move(0);
      case '\x1b[F':
      case '\x1bOF':
      case '\x1b[4~':
        return this.move(this.line.length);
      case '\x1b[3~':
        return this.deleteForward();
    }
  }

  private insert(text: string): void {
    this.setLine(this.line.slice(0, this.cursor) + text + this.line.slice(this.cursor), this.cursor + text.length);
  }

  private backspace(): void {
    if (this.cursor === 0) return;
    this.setLine(this.line.slice(0, this.cursor - 1) + this.line.slice(this.cursor), this.cursor - 1);
  }

  private deleteForward(): void {
    if (this.cursor >= this.line.length) return;
    this.setLine(this.line.slice(0, this.cursor) + this.line.slice(this.cursor + 1), this.cursor);
  }

  private move(to: number): void {
    this.cursor = to;
    this.redraw();
  }

  private setLine(line: string, cursor: number): void {
    this.line = line;
    this.cursor = cursor;
    this.redraw();
  }

  private redraw(): void {
    const back = this.line.length - this.cursor;
    this.host.write(`\r${this.prompt}${this.line}${CSI}K${back ? `${CSI}${back}D` : ''}`);
  }

  private browse(step: number): void {
    const next = this.pos + step;
    if (next < 0 || next > this.history.length) return;
    if (this.pos === this.history.length) this.draft = this.line;
    this.pos = next;
    const text = next === this.history.length ? this.draft : this.history[next];
    this.setLine(text, text.length);
  }

  private enter(): void {
    const line = this.line;
    this.host.write('\r\n');
    this.active = false;
    if (line.trim() !== '' && this.history[this.history.length - 1] !== line) {
      this.history.push(line);
      if (this.history.length > this.historyLimit) this.history.splice(0, this.history.length - this.historyLimit);
    }
    this.host.submit(line);
  }

  private ctrlC(): void {
    const line = this.line;
    this.host.write('^C\r\n');
    this.active = false;
    this.host.interrupt(line);
  }

  private async tab(): Promise<void> {
    const again = this.lastWasTab;
    this.lastWasTab = true;
    const before = this.line.slice(0, this.cursor);
    const { start, items } = await this.host.complete(before);
    if (!this.active || this.line.slice(0, this.cursor) !== before) return;
    const word = before.slice(start);
    if (items.length === 0) return;
    if (items.length === 1) {
      this.insert(items[0].slice(word.length));
      this.lastWasTab = false;
      return;
    }
    let common = items[0];
    for (const it of items) while (!it.startsWith(common)) common = common.slice(0, -1);
    if (common.length > word.length) {
      this.insert(common.slice(word.length));
      return;
    }
    if (!again) return;
    // a second Tab lists the candidates under the line, then the prompt and line come back
    this.host.write(`\r\n${items.join('  ')}\r\n`);
    this.redraw();
  }
}
