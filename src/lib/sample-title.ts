/** How a sample profile is named to readers: product (with its vendor) and version. */
import type { VendorProfile } from '../engine/parse-profile.ts';

export function sampleTitle(profile: VendorProfile): string {
  const product = profile.product.startsWith(profile.vendor)
    ? profile.product
    : `${profile.vendor} ${profile.product}`;
  return `${product} ${profile.productVersion}`;
}
