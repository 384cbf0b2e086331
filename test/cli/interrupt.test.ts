// Ctrl-C in a terminal: bin/ndpy runs under tmux (a real pseudo-terminal), tmux sends C-c, and the
// running Python code gets KeyboardInterrupt — catchable, then uncaught with CPython's traceback and
// exit status 130. (.ci/run installs tmux where it is missing.)
import { describe, it, expect } from 'vitest';
import { execFileSync } from 'node:child_process';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';

const ndpy = join(__dirname, '..', '..', 'bin', 'ndpy');
const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

function tmux(...args: string[]): string {
  return execFileSync('tmux', args, { encoding: 'utf8' });
}

describe('Ctrl-C in a terminal', () => {
  it('raises KeyboardInterrupt in the running program', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ndpy-int-'));
    const script = join(dir, 'loop.py');
    writeFileSync(
      script,
      'print("started", flush=True)\ntry:\n    n = 0\n    while True:\n        n += 1\nexcept KeyboardInterrupt:\n    print("caught", n > 0)\nprint("ready")\nwhile True:\n    pass\n',
    );
    const session = `ndpy-int-${process.pid}`;
    tmux('new-session', '-d', '-s', session, '-x', '100', '-y', '20', `${ndpy} ${script}; echo EXIT=$?; sleep 30`);
    try {
      const screen = () => tmux('capture-pane', '-t', session, '-p');
      const waitFor = (text: string) => {
        for (let i = 0; i < 100 && !screen().includes(text); i++) sleep(100);
        return screen();
      };
      waitFor('started');
      sleep(300);
      tmux('send-keys', '-t', session, 'C-c');
      expect(waitFor('ready')).toContain('caught True');
      tmux('send-keys', '-t', session, 'C-c');
      const out = waitFor('EXIT=');
      expect(out).toContain('Traceback (most recent call last):');
      expect(out).toContain('KeyboardInterrupt');
      expect(out).toContain('EXIT=130');
    } finally {
      tmux('kill-session', '-t', session);
    }
  }, 30000);
});
