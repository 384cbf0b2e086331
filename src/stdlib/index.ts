/**
 * The standard-library modules written in Python. Each file here exports its module's Python source
 * (`source`, a String.raw template: Python text with no backtick and no "${"), compiled and run by the
 * interpreter the first time a script imports it (src/interp/imports.ts registerSourceModule), so it
 * runs as fast as the user's own compiled code. Modules that need host facilities or speed live in
 * TypeScript under src/modules/ (a Python module here may import a private TypeScript one, such as
 * `_random`). A module whose source is empty is not registered. The web build replaces each source by a
 * function fetching it on first import (web/stdlibLoader.ts), which keeps the sources out of the page.
 */
import { source as py_bisect } from './bisect';
import { source as py_collections } from './collections';
import { source as py_itertools } from './itertools';
import { source as py_functools } from './functools';
import { source as py_operator } from './operator';
import { source as py_copy } from './copy';
import { source as py_heapq } from './heapq';
import { source as py_contextlib } from './contextlib';
import { source as py_abc } from './abc';
import { source as py_typing } from './typing';
import { source as py_string } from './string';
import { source as py_textwrap } from './textwrap';
import { source as py_random } from './random';
import { source as py_statistics } from './statistics';
import { source as py_fractions } from './fractions';
import { source as py_io } from './io';
import { source as py_dataclasses } from './dataclasses';
import { source as py_enum } from './enum';
import { source as py_re } from './re';
import { source as py_types } from './types';
import { source as py_numpyPoly1d } from './numpyPoly1d';
import { source as py_pprint } from './pprint';
import { source as py_numbers } from './numbers';
import { source as py_csv } from './csv';
import { source as py_timeit } from './timeit';
import { source as py_logging } from './logging';
import { source as py_pathlib } from './pathlib';
import { source as py_datetime } from './datetime';
import { source as py_argparse } from './argparse';
import { source as py_numpyChar, stringsSource as py_numpyStrings } from './numpyChar';
import { source as py_numpyMa } from './numpyMa';
import { source as py_numpyMaExtras } from './numpyMaExtras';
import { source as py_numpyMaUfuncs } from './numpyMaUfuncs';
import { source as py_numpyRecfunctions } from './numpyRecfunctions';
import { source as py_numpyTesting } from './numpyTesting';
import { source as py_traceback } from './traceback';
import { source as py_queue } from './queue';
import { source as py_keyword } from './keyword';
import { source as py_importlib } from './importlib';
import { source as py_calendar } from './calendar';
import { source as py_array } from './array';
import { source as py_unittest } from './unittest';
import { source as py_hashlib, hmacSource as py_hmac } from './hashlib';
import { binasciiSource as py_binascii, base64Source as py_base64 } from './base64';
import { source as py_asyncio } from './asyncio';
import { source as py_decimal } from './decimal';
import { source as py_this } from './this';
import { source as py_threading } from './threading';
import { source as py_concurrentFutures, concurrentPackage as py_concurrent } from './concurrentFutures';
import { source as py_html, entitiesSource as py_htmlEntities } from './html';
import { source as py_shlex } from './shlex';
import { source as py_zlib } from './zlib';
import { source as py_gzip } from './gzip';
import { source as py_reprlib } from './reprlib';
import { source as py_graphlib } from './graphlib';
import { source as py_urllibParse, urllibPackage as py_urllib } from './urllibParse';
import { source as py_difflib } from './difflib';
import { source as py_inspect } from './inspect';
import { source as py_atexit } from './atexit';
import { source as py_weakref } from './weakref';
import { source as py_unicodeData } from './unicodeData';
import { source as py_pickle } from './pickle';
import { source as py_copyreg } from './copyreg';
import { source as py_fnmatch, globSource as py_glob } from './fnmatch';
import { source as py_shutil } from './shutil';
import { source as py_uuid } from './uuid';
import { source as py_secrets } from './secrets';
import { source as py_codecs, codecsPrivateSource as py__codecs } from './codecs';
import { source as py_errno } from './errno';
import { source as py_stat } from './stat';
import { source as py_platform } from './platform';
import { source as py_locale } from './locale';
import { source as py_contextvars } from './contextvars';
import { source as py_getopt } from './getopt';
import { source as py_fileinput } from './fileinput';
import { source as py_future } from './future';
import { source as py_doctest } from './doctest';
import { source as py_colorsys } from './colorsys';
import { source as py_getpass } from './getpass';
import { source as py_osPathLike } from './osPathLike';
import { source as py_ast } from './ast';
import { source as py_sched } from './sched';
import { source as py_tomllib } from './tomllib';

export const PY_MODULES: Record<string, string | (() => string)> = {
  bisect: py_bisect,
  collections: py_collections,
  itertools: py_itertools,
  functools: py_functools,
  operator: py_operator,
  copy: py_copy,
  heapq: py_heapq,
  contextlib: py_contextlib,
  abc: py_abc,
  typing: py_typing,
  string: py_string,
  textwrap: py_textwrap,
  random: py_random,
  statistics: py_statistics,
  fractions: py_fractions,
  io: py_io,
  dataclasses: py_dataclasses,
  enum: py_enum,
  re: py_re,
  types: py_types,
  pprint: py_pprint,
  numbers: py_numbers,
  csv: py_csv,
  timeit: py_timeit,
  logging: py_logging,
  pathlib: py_pathlib,
  datetime: py_datetime,
  argparse: py_argparse,
  traceback: py_traceback,
  queue: py_queue,
  keyword: py_keyword,
  importlib: py_importlib,
  calendar: py_calendar,
  array: py_array,
  unittest: py_unittest,
  hashlib: py_hashlib,
  hmac: py_hmac,
  binascii: py_binascii,
  base64: py_base64,
  asyncio: py_asyncio,
  decimal: py_decimal,
  this: py_this,
  threading: py_threading,
  concurrent: py_concurrent,
  'concurrent.futures': py_concurrentFutures,
  html: py_html,
  'html.entities': py_htmlEntities,
  shlex: py_shlex,
  zlib: py_zlib,
  gzip: py_gzip,
  reprlib: py_reprlib,
  graphlib: py_graphlib,
  urllib: py_urllib,
  'urllib.parse': py_urllibParse,
  difflib: py_difflib,
  doctest: py_doctest,
  inspect: py_inspect,
  atexit: py_atexit,
  weakref: py_weakref,
  _unicodedata_tables: py_unicodeData,
  pickle: py_pickle,
  copyreg: py_copyreg,
  fnmatch: py_fnmatch,
  glob: py_glob,
  shutil: py_shutil,
  uuid: py_uuid,
  secrets: py_secrets,
  codecs: py_codecs,
  _codecs: py__codecs,
  errno: py_errno,
  stat: py_stat,
  platform: py_platform,
  locale: py_locale,
  contextvars: py_contextvars,
  getopt: py_getopt,
  fileinput: py_fileinput,
  __future__: py_future,
  colorsys: py_colorsys,
  getpass: py_getpass,
  _ndpy_pathlike: py_osPathLike,
  ast: py_ast,
  sched: py_sched,
  tomllib: py_tomllib,
  _ndpy_poly1d: py_numpyPoly1d,
  _ndpy_char: py_numpyChar,
  _ndpy_strings: py_numpyStrings,
  _ndpy_ma: py_numpyMa,
  _ndpy_ma_extras: py_numpyMaExtras,
  _ndpy_ma_ufuncs: py_numpyMaUfuncs,
  'numpy.lib.recfunctions': py_numpyRecfunctions,
  _ndpy_testing: py_numpyTesting,
};
