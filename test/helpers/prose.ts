/** The prose of a file: YAML syntax (but not its sentences), maths, code and link targets removed. */
export function prose(text: string): string {
  return text
    .replace(/^---\n([\s\S]*?)\n---/, (_all, yaml: string) =>
      yaml
        .split('\n')
        .map((line) => (/^(title|summary|description):/.test(line) ? line.replace(/^\w+:/, '') : ''))
        .join('\n'),
    )
    .replace(/\$\$[\s\S]*?\$\$/g, ' ')
    .replace(/\$[^$\n]*\$/g, ' ')
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/`[^`\n]*`/g, ' ')
    .replace(/\]\([^)]*\)/g, ']');
}
