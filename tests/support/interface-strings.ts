/**
 * Finds Chinese text written into source files: string literals, template
 * text and Astro markup holding CJK characters or full-width punctuation.
 * Comments are not text a reader sees, and regular expressions are patterns,
 * not text: both are passed over.
 */
import ts from 'typescript';

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
export function cjkInAstro(source: string): Found[] {
  const frontMatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source);
  const found: Found[] = frontMatter ? cjkInTypeScript(frontMatter[1], 1) : [];
  let markup = frontMatter ? blank(frontMatter[0]) + source.slice(frontMatter[0].length) : source;
  markup = markup.replace(/<script\b[^>]*>([\s\S]*?)<\/script>/g, (block, body: string, offset: number) => {
    const startLine = source.slice(0, offset + block.indexOf(body)).split('\n').length - 1;
    found.push(...cjkInTypeScript(body, startLine));
    return blank(block);
  });
  markup = markup.replace(/<!--[\s\S]*?-->|\{\/\*[\s\S]*?\*\/\}|<style\b[\s\S]*?<\/style>/g, blank);
  markup.split('\n').forEach((text, i) => {
    if (CJK.test(text)) found.push({ line: i + 1, text: text.trim() });
  });
  return found.sort((a, b) => a.line - b.line);
}
