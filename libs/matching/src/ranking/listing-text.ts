/** The text of a listing (achievement, need or challenge) as the matcher sees it. */
export interface ListingText {
  id: string;
  title: string;
  keywords: readonly string[];
  description: string;
}

/** The text of a match request: what a need (or achievement) says about itself. */
export interface MatchText {
  title?: string;
  keywords?: readonly string[];
  description: string;
}

/** One ranked document. */
export interface ScoredId {
  id: string;
  score: number;
}
