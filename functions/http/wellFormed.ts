import { jsonPath } from '@baeum/model';

/** In a `u` regex a surrogate pair is one code point, so only a lone surrogate is of category Cs. */
const LONE_SURROGATE = /\p{Cs}/u;

/**
 * JSON paths of the strings (keys included) of a parsed JSON value that are not well-formed
 * Unicode. JSON text may escape lone surrogates (`"\ud800"`), but they have no UTF-8 form: the
 * AWS SDK sends each as U+FFFD, so two different ids would become one stored key. Walked with a
 * stack, not recursion: JSON.parse accepts nesting deeper than a recursive walk could follow.
 */
export function illFormedStrings(value: unknown, limit = 20): string[] {
  const found: string[] = [];
  const stack: { value: unknown; path: PropertyKey[] }[] = [{ value, path: [] }];
  while (stack.length > 0 && found.length < limit) {
    const { value: node, path } = stack.pop()!;
    if (typeof node === 'string') {
      if (LONE_SURROGATE.test(node)) found.push(jsonPath(path));
    } else if (Array.isArray(node)) {
      for (let i = node.length - 1; i >= 0; i--) stack.push({ value: node[i], path: [...path, i] });
    } else if (node !== null && typeof node === 'object') {
      for (const [key, child] of Object.entries(node)) {
        if (LONE_SURROGATE.test(key)) found.push(jsonPath([...path, key]));
        stack.push({ value: child, path: [...path, key] });
      }
    }
  }
  return found;
}
