/**
 * 协议定价公示: a transfer or licence of an achievement by a public university or research
 * institute at a negotiated price must be published for at least 15 days before it counts
 * (促进科技成果转化法 第十八条 and the local duty-exemption rules, e.g. 淮北). We treat every
 * university and research institute on the platform as public: private ones are rare and the
 * bureau can tell us otherwise.
 */
export const MIN_PUBLICATION_DAYS = 15;

const PUBLIC_SELLER_TYPES = new Set(['university', 'research_institute']);
const TYPES_NEEDING_PUBLICATION = new Set(['transfer', 'licence']);

export function requiresPricePublication(c: {
  typeCode: string;
  negotiatedPrice: boolean;
  sellerOrgType: string;
}): boolean {
  return c.negotiatedPrice && TYPES_NEEDING_PUBLICATION.has(c.typeCode) && PUBLIC_SELLER_TYPES.has(c.sellerOrgType);
}

/** The publication is over (certification allowed) once today reaches its end date. */
export function publicationOver(endOn: string, today: string): boolean {
  return today >= endOn;
}
