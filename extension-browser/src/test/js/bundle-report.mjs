// Where the bytes of an engine script go: groups the top-level definitions of an unminified TeaVM build by what they
// are (TeaVM names each after its package and class: nsjp_CCJSqlParser_... is net.sf.jsqlparser.parser.CCJSqlParser)
// and gzips (-9) each group on its own, so groups do not add up to the whole file. Not a test; run by hand:
//
//   scripts/mvn -o -q -pl extension-browser -am process-classes -Dteavm.minifying=false -Dteavm.out=/tmp/unminified
//   node extension-browser/src/test/js/bundle-report.mjs /tmp/unminified/engine.js /tmp/unminified/sql-engine.js
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { gzipSync } from 'node:zlib';

const FORMAT_CLASSES = new Set(['CLDRHelper', 'DecimalFormat', 'DecimalFormatParser', 'DecimalFormatSymbols', 'CurrencyHelper', 'Currency']);

/** What a top-level TeaVM name belongs to. */
function groupOf(name, text) {
  const cls = name.split('_')[1] || name;
  if (name.startsWith('$rt_stringPool') || text.startsWith('$rt_stringPool(')) return 'string pool (every string literal)';
  if (name.startsWith('nsjp_CCJSqlParserTokenManager')) return 'JSqlParser token manager';
  if (name.startsWith('nsjp_CCJSqlParser')) return 'JSqlParser generated parser (CCJSqlParser)';
  if (name.startsWith('nsj')) return 'JSqlParser AST, visitors, deparsers';
  if (name.startsWith('dbcsr_')) return 'BrickOptima SQL rules';
  if (name.startsWith('dbcs_')) return 'BrickOptima SQL analyzer';
  if (name.startsWith('dbcpr_')) return 'BrickOptima plan rules';
  if (name.startsWith('dbcp_')) return 'BrickOptima Spark and PostgreSQL plan parsers, plan analyzer';
  if (/^dbb[ejc]_/.test(name)) return 'extension entry points, JSON';
  if (name.startsWith('jur_')) return 'java.util.regex';
  if (FORMAT_CLASSES.has(cls) || /^(ju_Formatter|jt_|otciu_CLDR|otcic_)/.test(name)) return 'String.format path (Formatter, DecimalFormat, CLDR, currencies)';
  if (name.startsWith('jm_')) return 'java.math';
  if (name.startsWith('otcit_Double')) return 'double parsing and printing';
  return 'other (TeaVM runtime, java.lang, java.util, core model)';
}

function report(file) {
  const src = readFileSync(file, 'utf8');
  const groups = new Map();
  let current = 'prologue';
  let lines = [];
  const flush = () => {
    const text = lines.join('\n');
    const g = groupOf(current, text);
    groups.set(g, (groups.get(g) || '') + text + '\n');
    lines = [];
  };
  for (const line of src.split('\n')) {
    // an unminified TeaVM file starts each top-level definition at column 0
    const m = /^(?:function\s+|let\s+|const\s+|var\s+)?([A-Za-z_$][\w$]*)/.exec(line);
    if (m && !/^[\s})\]]/.test(line)) { flush(); current = m[1]; }
    lines.push(line);
  }
  flush();
  const gz = (s) => gzipSync(Buffer.from(s), { level: 9 }).length;
  console.log(`${basename(file)}: ${src.length} B raw, ${gz(src)} B gzip -9 (unminified)`);
  for (const [g, size] of [...groups].map(([g, t]) => [g, gz(t)]).sort((a, b) => b[1] - a[1])) {
    console.log(`${String(size).padStart(9)}  ${g}`);
  }
}

const files = process.argv.slice(2);
if (!files.length) throw new Error('usage: node bundle-report.mjs <unminified engine.js> [sql-engine.js ...]');
for (const f of files) report(f);
