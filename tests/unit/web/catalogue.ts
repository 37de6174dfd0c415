/** The catalogue's lookup with {{name}} placeholders, as i18next does it for these messages. */
export function translator(catalogue: object): any {
  return (key: string, values: Record<string, unknown> = {}) => {
    let node: any = catalogue;
    for (const part of key.split('.')) node = node?.[part];
    if (typeof node !== 'string') return (values.defaultValue as string | undefined) ?? key;
    return node.replace(/\{\{(\w+)\}\}/g, (_: string, name: string) => String(values[name] ?? ''));
  };
}
