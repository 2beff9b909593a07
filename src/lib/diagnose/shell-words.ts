/**
 * Splits a pasted shell command into words the way a POSIX shell would for
 * the quoting people use with curl: single quotes, double quotes with
 * backslash escapes, and backslash line continuations (also the `^` of
 * cmd.exe and the backtick of PowerShell, which copy-as-curl tools emit).
 */
export function shellWords(command: string): string[] {
  const text = command.replace(/[\\^`][ \t]*\r?\n/g, ' ');
  const words: string[] = [];
  let word = '';
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === "'") {
      const end = text.indexOf("'", i + 1);
      word += end === -1 ? text.slice(i + 1) : text.slice(i + 1, end);
      i = end === -1 ? text.length : end;
      inWord = true;
    } else if (char === '"') {
      i++;
      while (i < text.length && text[i] !== '"') {
        if (text[i] === '\\' && i + 1 < text.length && '"\\$`'.includes(text[i + 1])) i++;
        word += text[i++];
      }
      inWord = true;
    } else if (char === '\\' && i + 1 < text.length) {
      word += text[++i];
      inWord = true;
    } else if (/\s/.test(char)) {
      if (inWord) words.push(word);
      word = '';
      inWord = false;
    } else {
      word += char;
      inWord = true;
    }
  }
  if (inWord) words.push(word);
  return words;
}
