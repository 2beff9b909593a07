/**
 * Finds Chinese text written into source files: string literals, template
 * text and Astro markup holding CJK characters or full-width punctuation.
 * Comments are not text a reader sees, and regular expressions are patterns,
 * not text: both are passed over.
 */
import ts from 'typescript';
import { normalizeText, splitFrontMatter } from '../../src/loaders/content-reader';

const CJK = /[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]/;

/** Whether a piece of text holds CJK characters or full-width punctuation. */
export const hasChinese = (text: string): boolean => CJK.test(text);

export interface Found {
  line: number;
  text: string;
}

/** CJK text in a TypeScript source (literals and template pieces), with its 1-based line. */
export function cjkInTypeScript(source: string, lineOffset = 0): Found[] {
  const file = ts.createSourceFile('file.ts', source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const found: Found[] = [];
  const visit = (node: ts.Node) => {
    const isText =
      ts.isStringLiteral(node) ||
      ts.isNoSubstitutionTemplateLiteral(node) ||
      ts.isTemplateHead(node) ||
      ts.isTemplateMiddle(node) ||
      ts.isTemplateTail(node);
    if (isText && CJK.test(node.getText(file))) {
      const { line } = file.getLineAndCharacterOfPosition(node.getStart(file));
      found.push({ line: line + 1 + lineOffset, text: node.getText(file) });
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

const blank = (text: string) => text.replace(/[^\n]/g, ' ');

/**
 * CJK text in an Astro component: its front matter and <script> blocks are
 * read as TypeScript; in the markup every line with CJK outside a comment
 * counts (text, attribute values and expressions alike).
 */
export function cjkInAstro(text: string): Found[] {
  // A component's front matter is fenced like a content file's, so the content reader splits it.
  const source = normalizeText(text);
  const frontMatter = splitFrontMatter(source);
  const found: Found[] = frontMatter ? cjkInTypeScript(frontMatter.yaml, 1) : [];
  let markup = frontMatter ? '\n'.repeat(frontMatter.bodyLine - 1) + frontMatter.body : source;
  markup = markup.replace(
    /<script\b[^>]*>([\s\S]*?)<\/script>/g,
    (block, body: string, offset: number, whole: string) => {
      // The markup keeps every line break of the file, so its lines are the file's.
      const startLine = whole.slice(0, offset + block.indexOf(body)).split('\n').length - 1;
      found.push(...cjkInTypeScript(body, startLine));
      return blank(block);
    },
  );
  markup = markup.replace(/<!--[\s\S]*?-->|\{\/\*[\s\S]*?\*\/\}|<style\b[\s\S]*?<\/style>/g, blank);
  markup.split('\n').forEach((line, i) => {
    if (CJK.test(line)) found.push({ line: i + 1, text: line.trim() });
  });
  return found.sort((a, b) => a.line - b.line);
}
