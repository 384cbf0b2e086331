// The REPL through a real pseudo-terminal: bin/ndpy runs under tmux, keys go in with send-keys and the
// screen comes back with capture-pane. Covers what a user does in a first session: a multi-line def, an
// array echo, Tab completion, history recall (also from ~/.ndpy_history of an earlier session), Ctrl-C
// at the prompt and during `while True: pass`, then Ctrl-D. (.ci/run's machines have tmux, as the
// script interrupt test already needs.)
import { describe, it, expect } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';

const ndpy = join(__dirname, '..', '..', 'bin', 'ndpy');
const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
const tmux = (...args: string[]) => execFileSync('tmux', args, { encoding: 'utf8' });

describe('terminal REPL', () => {
  it('edits, echoes, completes, recalls history and survives Ctrl-C', () => {
    const home = mkdtempSync(join(tmpdir(), 'ndpy-home-'));
    writeFileSync(join(home, '.ndpy_history'), 'print("from an earlier session")\n');
    const name = `ndpy-repl-${process.pid}`;
    tmux('new-session', '-d', '-s', name, '-x', '110', '-y', '40', `HOME=${home} ${ndpy}; echo EXIT=$?; sleep 30`);
    const screen = () => tmux('capture-pane', '-t', name, '-p', '-N').replace(/ +$/gm, (sp, at, all) => (all.slice(at - 3, at) === '>>>' || all.slice(at - 3, at) === '...' ? ' ' : '')).replace(/\n+$/, '');
    const waitFor = (text: string, after = 0) => {
      for (let i = 0; i < 150; i++) {
        const s = screen();
        if (s.indexOf(text, after) >= 0) return s;
        sleep(100);
      }
      throw new Error(`timed out waiting for ${JSON.stringify(text)}; screen:\n${screen()}`);
    };
    /** type one line and wait until the REPL shows its next prompt */
    let promptCount = 1;
    const countPrompts = (s: string) => (s.match(/^(>>>|\.\.\.) /gm) ?? []).length + (s.match(/^(>>>|\.\.\.)$/gm) ?? []).length;
    const line = (text: string) => {
      tmux('send-keys', '-t', name, '-l', text);
      tmux('send-keys', '-t', name, 'Enter');
      promptCount++;
      for (let i = 0; i < 150 && countPrompts(screen()) < promptCount; i++) sleep(100);
      return screen();
    };
    const keys = (...k: string[]) => {
      for (const key of k) {
        tmux('send-keys', '-t', name, key);
        sleep(250);
      }
    };
    try {
      waitFor('>>> ');
      expect(screen()).toMatch(/^ndpy \d+\.\d+\.\d+ \(Python 3\.11 language, NumPy 2\.4 API\)/);

      // history from an earlier session
      keys('Up');
      expect(waitFor('>>> print("from an earlier session")')).toBeTruthy();
      line('');
      expect(waitFor('from an earlier session\n>>> ')).toBeTruthy();

      // a multi-line def with continuation prompts
      line('def scale(v, k=2):');
      line('    return v * k');
      let s = line('');
      expect(s).toContain('>>> def scale(v, k=2):\n...     return v * k\n... \n>>> ');

      // an array echo, as NumPy prints it
      line('import numpy as np');
      s = line('scale(np.arange(6).reshape(2, 3))');
      expect(s).toContain('array([[ 0,  2,  4],\n       [ 6,  8, 10]])\n>>> ');

      // Tab completion: a double Tab lists np.lin…, a unique prefix completes in place
      keys('n', 'p', '.', 'l', 'i', 'n', 'Tab', 'Tab');
      s = waitFor('np.linspace(');
      expect(s).toMatch(/np\.linalg\s+np\.linspace\(/);
      keys('s', 'Tab');
      s = waitFor('>>> np.linspace(');
      tmux('send-keys', '-t', name, '-l', '0, 1, 5)');
      promptCount++;
      keys('Enter');
      expect(waitFor('array([0.  , 0.25, 0.5 , 0.75, 1.  ])')).toBeTruthy();

      // Ctrl-C at the prompt drops the typed line
      tmux('send-keys', '-t', name, '-l', 'this is never run');
      keys('C-c');
      s = waitFor('KeyboardInterrupt\n>>> ');
      expect(s).not.toContain('NameError');
      promptCount++;

      // Ctrl-C stops running code; the session goes on with its state
      line('n = 0');
      line('while True: n += 1');
      tmux('send-keys', '-t', name, 'Enter');
      sleep(800);
      keys('C-c');
      s = waitFor('  File "<stdin>", line 1, in <module>\nKeyboardInterrupt\n>>> ');
      promptCount = countPrompts(s);
      s = line('1+1');
      expect(s).toMatch(/>>> 1\+1\n2\n>>> $/);
      s = line('n > 0');
      expect(s).toMatch(/>>> n > 0\nTrue\n>>> $/);

      // history recall within the session: Up twice gives `1+1` again
      keys('Up', 'Up');
      expect(screen()).toMatch(/>>> 1\+1$/m);
      promptCount++;
      keys('Enter');
      expect(waitFor('2\n>>> ', screen().lastIndexOf('>>> 1+1'))).toBeTruthy();

      // Ctrl-D leaves with status 0 and the history is saved
      keys('C-d');
      expect(waitFor('EXIT=0')).toBeTruthy();
      const saved = readFileSync(join(home, '.ndpy_history'), 'utf8');
      expect(saved.startsWith('print("from an earlier session")\n')).toBe(true);
      expect(saved).toContain('def scale(v, k=2):\n    return v * k\n');
      expect(saved).toContain('np.linspace(0, 1, 5)\n');
    } finally {
      tmux('kill-session', '-t', name);
    }
  }, 60000);
});
