const KEY = 'baeum.token';

/**
 * The signed-in token, in this tab's session storage only: gone when the tab closes, never in
 * a URL, never written to the console.
 */
export const tokenStore = {
  read: (): string | undefined => sessionStorage.getItem(KEY) ?? undefined,
  write: (token: string): void => sessionStorage.setItem(KEY, token),
  clear: (): void => sessionStorage.removeItem(KEY),
};
