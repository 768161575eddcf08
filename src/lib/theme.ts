import { createHash } from 'node:crypto';

/**
 * Runs in <head> before the first paint, so a reader who chose a theme never sees the other
 * one flash. It is the only inline script: its hash is added to the Content Security Policy.
 */
export const THEME_SCRIPT =
  "try{var t=localStorage.getItem('theme');if(t==='light'||t==='dark')document.documentElement.dataset.theme=t}catch(e){}";

export function scriptHash(script: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(script).digest('base64')}`;
}
