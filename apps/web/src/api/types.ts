/** The shapes the web app reads from the API (only the fields it uses). */
export type OrgType = 'enterprise' | 'university' | 'research_institute' | 'broker_agency' | 'bureau' | 'platform';
export type Role = 'org_admin' | 'member' | 'broker' | 'bureau_staff' | 'bureau_admin' | 'platform_admin';
export type ListingKind = 'need' | 'achievement' | 'challenge';

export interface Me {
  user: { id: string; orgId: string; email: string; phone: string | null; displayName: string; roles: Role[]; status: string };
  org: { id: string; type: OrgType; name: string; regionCode: string; verificationStatus: 'pending' | 'verified' | 'rejected'; rejectionReason: string | null };
  permissions: string[];
}

export interface Region {
  code: string;
  name: string;
  level: 'province' | 'city' | 'county';
  parentCode: string | null;
  ancestors?: Region[];
}

export interface TechField {
  code: string;
  name: string;
}

export interface SearchItem {
  id: string;
  kind: ListingKind;
  title: string;
  description: string;
  keywords: string[];
  techFieldCode: string;
  regionCode: string;
  orgType: OrgType;
  orgName?: string;
  anonymous: boolean;
  priceFen: number | null;
  publishedAt: number;
  trl?: number;
  transferModes?: string[];
  cooperationModes?: string[];
  negotiable?: boolean;
  budgetMinFen?: number | null;
  budgetMaxFen?: number | null;
  deadline?: string | null;
  rewardFen?: number;
  highlight: { title: string; description: string };
}

export interface SearchResult {
  items: SearchItem[];
  total: number;
  page: number;
  pageSize: number;
  facets: Record<string, Record<string, number>>;
}

export interface PolicyTarget {
  id: number;
  regionCode: string;
  indicatorCode: string;
  indicatorName: string;
  perspective: 'absorption' | 'output' | 'registered' | null;
  targetYear: number;
  value: string;
  unit: 'yuan' | 'count' | 'percent';
  comparison: 'gt' | 'gte' | 'eq';
  sourceDoc: string;
  sourceQuote: string;
}

export interface ListingView {
  id: string;
  kind: ListingKind;
  status: 'draft' | 'submitted' | 'published' | 'rejected' | 'withdrawn' | 'closed';
  title: string;
  description: string;
  keywords: string[];
  techFieldCode: string;
  regionCode: string;
  orgId: string | null;
  orgName: string | null;
  orgType: OrgType;
  contactName: string | null;
  contactPhone: string | null;
  rejectReason: string | null;
  version: number;
  submittedAt: string | null;
  publishedAt: string | null;
  createdAt: string;
  updatedAt: string;
  industry?: string | null;
  budgetMinFen?: number | null;
  budgetMaxFen?: number | null;
  deadline?: string | null;
  cooperationModes?: string[];
  visibility?: 'public' | 'verified';
  anonymous?: boolean;
  registryNumber?: string | null;
  achievementType?: string;
  trl?: number;
  ipItems?: { type: string; number?: string; status?: string }[];
  team?: { name: string; title?: string }[];
  transferModes?: string[];
  priceFen?: number | null;
  negotiable?: boolean;
  rewardFen?: number;
}
