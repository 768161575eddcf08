declare namespace App {
  interface Locals {
    /** The reader's words, in the case's language (set by src/middleware.ts). */
    t: import('./i18n').Translator;
  }
}
