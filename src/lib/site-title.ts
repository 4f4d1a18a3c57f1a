/** The site's name: Starlight's title, and the publisher named in citations, the feed and the OSCAL catalog. */
export const SITE_TITLE = 'Kernel Access Policies';
