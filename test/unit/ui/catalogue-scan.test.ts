/**
 * Every word the interface shows comes from the catalogue (src/i18n/en.ts, through t()). This
 * reads src/ui with the TypeScript compiler and fails on interface text written in the code:
 * JSX text, string literals as JSX children, literal text attributes (aria-label, title,
 * placeholder, alt…), text set on DOM elements, and literal labels and titles in option objects
 * (Plot's axis labels and titles). Text without letters (·, ×, –, ✕, ←, numbers) may stay.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

/** Attributes a reader or a screen reader gets as text. */
const TEXT_ATTRIBUTES = new Set([
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'aria-valuetext',
  'aria-placeholder',
  'title',
  'placeholder',
  'alt',
  'label',
]);
/** Properties that hold text when set on an element or passed in an options object (Plot's). */
const TEXT_PROPERTIES = new Set([
  'textContent',
  'innerText',
  'title',
  'placeholder',
  'alt',
  'label',
  'ariaLabel',
  'ariaDescription',
  'caption',
  'subtitle',
]);
/** The catalogue's functions: their first argument is a key, not text. */
const CATALOGUE_CALLS = new Set(['t', 'tCode', 'tRich', 'isMessageKey']);

const hasLetter = (s: string) => /\p{L}/u.test(s);

interface Finding {
  file: string;
  line: number;
  what: string;
  text: string;
}

/** The literal pieces of a string or template expression, with the catalogue's keys left out. */
function literalTexts(node: ts.Node): ts.Node[] {
  const out: ts.Node[] = [];
  const visit = (n: ts.Node) => {
    if (ts.isCallExpression(n) && CATALOGUE_CALLS.has(n.expression.getText())) {
      // The key is not text; its parameters may be.
      n.arguments.slice(1).forEach(visit);
      return;
    }
    if (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n)) out.push(n);
    else if (ts.isTemplateExpression(n)) {
      out.push(n.head, ...n.templateSpans.map((s) => s.literal));
      n.templateSpans.forEach((s) => visit(s.expression));
    } else if (ts.isConditionalExpression(n)) {
      // The condition is not shown; either branch may be.
      visit(n.whenTrue);
      visit(n.whenFalse);
    } else if (ts.isBinaryExpression(n)) {
      const op = n.operatorToken.kind;
      if (op === ts.SyntaxKind.AmpersandAmpersandToken) visit(n.right);
      else if (
        op === ts.SyntaxKind.PlusToken ||
        op === ts.SyntaxKind.BarBarToken ||
        op === ts.SyntaxKind.QuestionQuestionToken
      ) {
        visit(n.left);
        visit(n.right);
      }
      // Comparisons (=== 'filters') hold codes, not text.
    } else if (ts.isParenthesizedExpression(n) || ts.isJsxExpression(n)) ts.forEachChild(n, visit);
  };
  visit(node);
  return out;
}

const textOf = (n: ts.Node) =>
  ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n) || ts.isTemplateLiteralToken(n)
    ? n.text
    : ts.isJsxText(n)
      ? n.text
      : n.getText();

/** Interface text written into one source file. */
function scanSource(file: string, source: string): Finding[] {
  const sf = ts.createSourceFile(
    file,
    source,
    ts.ScriptTarget.Latest,
    true,
    file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );
  const found: Finding[] = [];
  const report = (n: ts.Node, what: string) => {
    const text = textOf(n).trim();
    if (!hasLetter(text)) return;
    found.push({ file, line: sf.getLineAndCharacterOfPosition(n.getStart()).line + 1, what, text });
  };
  const visit = (n: ts.Node) => {
    if (ts.isJsxText(n)) report(n, 'JSX text');
    else if (ts.isJsxExpression(n) && n.expression && !ts.isJsxAttribute(n.parent))
      for (const l of literalTexts(n.expression)) report(l, 'JSX child literal');
    else if (ts.isJsxAttribute(n) && TEXT_ATTRIBUTES.has(n.name.getText()) && n.initializer)
      for (const l of literalTexts(n.initializer)) report(l, `${n.name.getText()} literal`);
    else if (
      ts.isCallExpression(n) &&
      ts.isPropertyAccessExpression(n.expression) &&
      n.expression.name.text === 'setAttribute' &&
      n.arguments.length === 2 &&
      ts.isStringLiteral(n.arguments[0]!) &&
      TEXT_ATTRIBUTES.has(n.arguments[0].text)
    )
      for (const l of literalTexts(n.arguments[1]!)) report(l, `setAttribute('${n.arguments[0].text}')`);
    else if (
      ts.isBinaryExpression(n) &&
      n.operatorToken.kind === ts.SyntaxKind.EqualsToken &&
      ts.isPropertyAccessExpression(n.left) &&
      TEXT_PROPERTIES.has(n.left.name.text)
    )
      for (const l of literalTexts(n.right)) report(l, `${n.left.name.text} =`);
    else if (
      ts.isPropertyAssignment(n) &&
      (ts.isIdentifier(n.name) || ts.isStringLiteral(n.name)) &&
      TEXT_PROPERTIES.has(n.name.text)
    )
      for (const l of literalTexts(n.initializer)) report(l, `${n.name.text}: literal`);
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return found;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return sourceFiles(p);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [p] : [];
  });
}

describe('interface text comes from the catalogue', () => {
  it('finds each kind of hard-coded text, and passes keys, symbols and numbers', () => {
    const bad = scanSource(
      'Seeded.tsx',
      `export const A = () => (
        <div aria-label="Close the map" title={open ? 'Hide' : t('x.show')}>
          Zoom to
          {'Clear all'}
          {\`\${n} blocks\`}
          {ready && 'Done'}
          {name ?? 'Unnamed'}
          <input placeholder="Search…" />
          <img alt="Locator map" />
        </div>
      );
      el.textContent = 'Loading';
      el.setAttribute('aria-label', 'Chart');
      Plot.plot({ y: { label: 'Count' }, title: \`Blocks \${n}\` });`,
    );
    expect(bad.map((f) => `${f.what}: ${f.text}`)).toEqual([
      'aria-label literal: Close the map',
      'title literal: Hide',
      'JSX text: Zoom to',
      'JSX child literal: Clear all',
      'JSX child literal: blocks',
      'JSX child literal: Done',
      'JSX child literal: Unnamed',
      'placeholder literal: Search…',
      'alt literal: Locator map',
      'textContent =: Loading',
      "setAttribute('aria-label'): Chart",
      'label: literal: Count',
      'title: literal: Blocks',
    ]);
    const good = scanSource(
      'Fine.tsx',
      `export const B = () => (
        <p aria-label={t('a.b', { n })} title={t(on ? 'x.on' : 'x.off')} className="link-button">
          {t('c.d')} · {n} × {' – '} ✕ 12 {name}
          {tab === 'filters' && n > 0 && <b>{n}</b>}
          <span data-testid="count-badge">{\`[\${i}]\`}</span>
        </p>
      );
      Plot.plot({ y: { label: t('insights.chart.count') }, ariaLabel: t('x', { title }) });`,
    );
    expect(good).toEqual([]);
  });

  // Parsing every file of src/ui: well under a second alone, seconds on a loaded machine.
  it('src/ui writes no interface text of its own', () => {
    const findings = sourceFiles('src/ui').flatMap((f) => scanSource(f, readFileSync(f, 'utf8')));
    expect(findings.map((f) => `${f.file}:${f.line} ${f.what}: ${f.text}`)).toEqual([]);
  }, 60_000);
});
