/**
 * A memo keyed by a tuple of values compared by identity (scenario objects, ids, booleans),
 * stored as nested Maps: explaining a province asks the same place x slot x course questions
 * hundreds of thousands of times, and building string keys for them cost more than the answers.
 */
export class TupleMemo<K extends readonly unknown[], V> {
  private readonly root = new Map<unknown, unknown>();

  get(key: K, compute: () => V): V {
    let level = this.root;
    for (let i = 0; i < key.length - 1; i += 1) {
      let next = level.get(key[i]) as Map<unknown, unknown> | undefined;
      if (!next) {
        next = new Map();
        level.set(key[i], next);
      }
      level = next;
    }
    const last = key[key.length - 1];
    if (level.has(last)) return level.get(last) as V;
    const value = compute();
    level.set(last, value);
    return value;
  }
}
