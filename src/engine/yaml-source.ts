import { LineCounter, isNode, isPair, isScalar, isSeq, parseDocument, visit, type Document } from 'yaml';
import type { ContentIssue } from './errors.ts';

export type YamlPath = (string | number)[];

/** A parsed YAML file that can tell the line of any path in it. */
export interface YamlSource {
  file: string;
  data: unknown;
  /** Problems of the YAML itself (syntax, duplicate keys); empty when it parsed. */
  issues: ContentIssue[];
  locate(path: YamlPath): { line: number; column: number } | undefined;
  issue(path: YamlPath, message: string): ContentIssue;
}

const MAX_SYNTAX_ERRORS = 3;

/** Paths of plain (unquoted) scalars written "+N" under a `set:` key. */
function unquotedIncrements(doc: Document): YamlPath[] {
  const found: YamlPath[] = [];
  visit(doc, {
    Scalar(_key, node, path) {
      if (node.type !== 'PLAIN' || typeof node.source !== 'string' || !/^\+\d/.test(node.source)) return;
      const keys = path.filter(isPair).map((pair) => (isScalar(pair.key) ? String(pair.key.value) : ''));
      if (keys.includes('set')) found.push(yamlPathOf(path, node));
    },
  });
  return found;
}

/** Turns the ancestors yaml's visitor gives into a path of keys and indexes. */
function yamlPathOf(ancestors: readonly unknown[], node: unknown): YamlPath {
  const path: YamlPath = [];
  const chain = [...ancestors, node];
  for (let i = 0; i < chain.length - 1; i++) {
    const parent = chain[i];
    const child = chain[i + 1];
    if (isPair(parent) && isScalar(parent.key)) path.push(String(parent.key.value));
    else if (isSeq(parent)) path.push(parent.items.indexOf(child as never));
  }
  return path;
}

/** The mistakes scenario authors make most often, explained. */
function hintFor(message: string): string {
  if (/flow-map-start|flow map/i.test(message)) return ' (a "{placeholder}" inside {zh: ..., en: ...} needs the text in quotes)';
  if (/Map keys must be unique/.test(message)) return ' (the same key or id is written twice)';
  if (/tab/i.test(message)) return ' (indent with spaces, not tabs)';
  return '';
}

export function parseYamlSource(text: string, file: string): YamlSource {
  const lineCounter = new LineCounter();
  const doc: Document = parseDocument(text, { lineCounter, prettyErrors: true, uniqueKeys: true });

  const locate = (path: YamlPath) => {
    // A missing key points at its nearest existing parent.
    for (let depth = path.length; depth >= 0; depth--) {
      const node = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth), true);
      if (isNode(node) && node.range) {
        const pos = lineCounter.linePos(node.range[0]);
        return { line: pos.line, column: pos.col };
      }
    }
    return undefined;
  };
  const issue = (path: YamlPath, message: string): ContentIssue => ({ file, path, message, ...locate(path) });

  // One syntax error makes the parser stumble over everything after it: the first few say enough.
  const issues: ContentIssue[] = doc.errors.slice(0, MAX_SYNTAX_ERRORS).map((error) => {
    const pos = error.linePos?.[0];
    const message = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    return { file, path: [], message: `YAML syntax: ${message}${hintFor(message)}`, line: pos?.line, column: pos?.col };
  });
  if (issues.length === 0) issues.push(...unquotedIncrements(doc).map((path) => issue(path, 'write "+N" in quotes to add to a variable: unquoted, YAML reads +1 as the number 1 and replaces the value')));
  const data = issues.length === 0 ? doc.toJS({ maxAliasCount: 100 }) : undefined;
  if (issues.length === 0 && (data === null || typeof data !== 'object' || Array.isArray(data))) {
    issues.push({ file, path: [], message: 'the file must be a YAML map of fields (it is empty or not a map)', line: 1, column: 1 });
  }
  return { file, data, issues, locate, issue };
}
