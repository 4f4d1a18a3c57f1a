declare namespace App {
  interface Locals {
    /**
     * The policy version a page made with <StarlightPage> shows, set by the page before it
     * renders: its components may render before Starlight's route data exists.
     */
    policyPage?: import('./lib/page-keys.ts').PolicyPageKey;
  }
}
