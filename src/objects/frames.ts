/**
 * What a traceback shows of a frame: `tb.tb_next`, `tb.tb_lineno`, `tb.tb_frame` with `f_code.co_name`,
 * `f_code.co_filename` and `f_lineno`. Compiled functions keep no frame objects while they run (their
 * line lives in a JS local), so these are made from the frames an exception recorded as it unwound
 * (exceptions.ts): enough for `traceback.extract_tb` and for scripts that walk `tb_next`; `f_back`,
 * `f_locals` and `f_globals` are not available.
 */
import { builtinType, type PyType } from './pytype';
import { defGetters } from './descriptors';
import { defMethods } from './function';
import { PyTraceback, TracebackType, type Frame } from './exceptions';
import { addr } from './repr';

const FrameType = builtinType('frame');
const FrameCodeType = builtinType('code');

class PyFrame {
  declare cls: PyType;
  constructor(readonly frame: Frame) {}
}
PyFrame.prototype.cls = FrameType;

class PyFrameCode {
  declare cls: PyType;
  constructor(readonly frame: Frame) {}
}
PyFrameCode.prototype.cls = FrameCodeType;


defGetters(TracebackType, {
  tb_next: (t: PyTraceback) => t.next(),
  tb_lineno: (t: PyTraceback) => t.frame.line,
  tb_frame: (t: PyTraceback) => new PyFrame(t.frame),
  tb_lasti: () => -1,
});
defMethods(TracebackType, { __repr__: (t: PyTraceback) => `<traceback object at ${addr(t)}>` });

defGetters(FrameType, {
  f_code: (f: PyFrame) => new PyFrameCode(f.frame),
  f_lineno: (f: PyFrame) => f.frame.line,
  f_back: () => null,
});
defMethods(FrameType, {
  __repr__: (f: PyFrame) => `<frame at ${addr(f)}, file '${f.frame.file}', line ${f.frame.line}, code ${f.frame.name}>`,
});

defGetters(FrameCodeType, {
  co_name: (c: PyFrameCode) => c.frame.name,
  co_qualname: (c: PyFrameCode) => c.frame.name,
  co_filename: (c: PyFrameCode) => c.frame.file,
});
defMethods(FrameCodeType, {
  __repr__: (c: PyFrameCode) => `<code object ${c.frame.name} at ${addr(c)}, file "${c.frame.file}">`,
});
