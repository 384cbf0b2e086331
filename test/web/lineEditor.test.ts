// The web console's line editor without a browser: keys in as the strings xterm.js delivers, and the
// lines, interrupts and redraws that come out.
import { describe, it, expect } from 'vitest';
import { LineEditor } from '../../web/lineEditor';

function make(history: string[] = [], completions: string[] = []) {
  const events: string[] = [];
  let screen = '';
  const ed = new LineEditor(
    {
      write: (d) => (screen += d),
      submit: (l) => events.push(`submit:${l}`),
      interrupt: (l) => events.push(`interrupt:${l}`),
      eof: () => events.push('eof'),
      complete: async (before) => {
        const m = /[\w.]*$/.exec(before)![0];
        return { start: before.length - m.length, items: completions.filter((c) => c.startsWith(m)) };
      },
    },
    history,
  );
  return { ed, events, screen: () => screen };
}

describe('line editor', () => {
  it('submits typed lines and edits with backspace, arrows, home/end and delete', () => {
    const { ed, events } = make();
    ed.start('>>> ');
    ed.feed('prnt\x1b[D\x1b[Di');
    ed.feed('\x1b[F(1)\x7f2)\r');
    expect(events).toEqual(['submit:print(12)']);
    ed.start('>>> ');
    ed.feed('abc\x01\x1b[3~X\x05Y\r');
    expect(events[1]).toBe('submit:XbcY');
  });

  it('submits one line per newline of pasted text and returns what follows the first', () => {
    const { ed, events } = make();
    ed.start('>>> ');
    const rest = ed.feed('a = 1\r\nb = 2\nc');
    expect(events).toEqual(['submit:a = 1']);
    expect(rest).toBe('b = 2\nc');
    ed.start('>>> ');
    expect(ed.feed(rest)).toBe('c');
    expect(events[1]).toBe('submit:b = 2');
  });

  it('walks the history with up and down, keeping the draft', () => {
    const { ed, events } = make(['first', 'second']);
    ed.start('>>> ');
    ed.feed('dra');
    ed.feed('\x1b[A\x1b[A\x1b[A\x1b[B\r');
    expect(events).toEqual(['submit:second']);
    ed.start('>>> ');
    ed.feed('x\x1b[A\x1b[B\r');
    expect(events[1]).toBe('submit:x');
    expect(ed.history).toEqual(['first', 'second', 'x']);
  });

  it('reports Ctrl-C with the typed text, Ctrl-D only on an empty line, and kills with Ctrl-K/Ctrl-U', () => {
    const { ed, events } = make();
    ed.start('>>> ');
    ed.feed('oops\x03');
    expect(events).toEqual(['interrupt:oops']);
    expect(ed.reading).toBe(false);
    ed.start('>>> ');
    ed.feed('ab\x01\x04\r');
    expect(events[1]).toBe('submit:b');
    ed.start('>>> ');
    ed.feed('hello\x1b[D\x1b[D\x0b\r');
    expect(events[2]).toBe('submit:hel');
    ed.start('>>> ');
    ed.feed('hello\x1b[D\x15\r');
    expect(events[3]).toBe('submit:o');
    ed.start('>>> ');
    ed.feed('\x04');
    expect(events[4]).toBe('eof');
  });

  it('completes a unique candidate, extends a common prefix, and lists on a second Tab', async () => {
    const { ed, events, screen } = make([], ['np.linalg', 'np.linspace(', 'np.load(']);
    ed.start('>>> ');
    ed.feed('np.linsp\t');
    await new Promise((r) => setTimeout(r, 0));
    ed.feed('\r');
    expect(events).toEqual(['submit:np.linspace(']);
    ed.start('>>> ');
    ed.feed('np.li\t');
    await new Promise((r) => setTimeout(r, 0));
    ed.feed('\t');
    await new Promise((r) => setTimeout(r, 0));
    expect(screen()).toContain('\r\nnp.linalg  np.linspace(\r\n');
    ed.feed('\r');
    expect(events[1]).toBe('submit:np.lin');
  });
});
