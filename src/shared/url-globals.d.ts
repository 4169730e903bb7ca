/**
 * WHATWG URL and URLSearchParams exist in every runtime src/shared runs in (Node, the page,
 * the preload), but the layer is compiled without DOM or Node types; declare just what it uses.
 */
declare class URL {
  constructor(url: string, base?: string);
  readonly protocol: string;
  readonly hostname: string;
  readonly pathname: string;
  readonly search: string;
  readonly hash: string;
  readonly href: string;
  readonly username: string;
  readonly password: string;
  readonly searchParams: URLSearchParams;
  toString(): string;
}

declare class URLSearchParams {
  constructor(init?: string | Record<string, string> | [string, string][]);
  get(name: string): string | null;
  set(name: string, value: string): void;
  has(name: string): boolean;
  keys(): IterableIterator<string>;
  toString(): string;
}
