// Markdown building blocks for hovers. Text from the release is escaped: a name or quote
// must never turn into a link or emphasis.

export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>~]/g, '\\$&');
}

/** A `command:` link; arguments travel as JSON in the query, as VS Code expects. */
export function commandLink(label: string, command: string, args: readonly unknown[]): string {
  return `[${escapeMarkdown(label)}](command:${command}?${encodeURIComponent(JSON.stringify(args))})`;
}
