import type { OrgView } from '../api/types';

/** An organisation's registration as its forms hold it (registration, the admin's edit, opening a bureau). */
export interface OrgValues {
  name?: string;
  creditCode?: string;
  regionCode?: string;
  contactName?: string;
  contactPhone?: string;
  contactEmail?: string;
  address?: string;
}

/** An organisation's registration filled into its form: the empty fields left blank. */
export const orgValues = (o: OrgView): OrgValues => ({
  name: o.name,
  creditCode: o.creditCode,
  regionCode: o.regionCode,
  contactName: o.contactName ?? undefined,
  contactPhone: o.contactPhone ?? undefined,
  contactEmail: o.contactEmail ?? undefined,
  address: o.address ?? undefined,
});
