/**
 * The list kept under `key` in `lists`, made (empty) the first time it is asked for: for
 * collecting items by key with `listIn(lists, key).push(item)`, which keeps their order and, unlike
 * copying the list for every item, takes time in proportion to the items.
 */
export function listIn<K, V>(lists: Map<K, V[]>, key: K): V[] {
  let list = lists.get(key);
  if (list === undefined) {
    list = [];
    lists.set(key, list);
  }
  return list;
}
