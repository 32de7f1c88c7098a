/** "1 peer", "3 peers": a count with its noun, for the sentences and labels the pages build. */
export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
