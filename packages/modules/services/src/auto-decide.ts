// The seam between applications (S2) and 秒批 decision rules (S4): the submit pipeline asks the
// decider; the rules engine answers. Kept in its own file so both sides can be built independently.

/** What the submit pipeline knows when it asks for an automatic decision. */
export interface AutoDecisionInput {
  itemId: string;
  /** the item version the application was filed under (rules are chosen for that version's item) */
  itemVersionId: string;
  applicationId: string;
  /** the validated form data */
  form: Record<string, unknown>;
  applicant: {
    kind: 'person' | 'organisation';
    /** ID number (GB 11643) for a person, USCC (GB 32100) for an organisation */
    idNumber: string;
    name: string;
    accountId?: string;
  };
}

/** One evaluated condition, kept verbatim with the decision (which rule, which fact, which source). */
export interface AutoDecisionStep {
  ruleId: string;
  ruleVersion: number;
  conditionId: string;
  label: string;
  outcome: 'pass' | 'fail' | 'unknown';
  fact?: { name: string; value: unknown; source: string; asOf?: string };
  detail?: string;
}

export interface AutoDecision {
  outcome: 'approve' | 'manual';
  ruleSetId: string;
  ruleSetVersion: number;
  steps: AutoDecisionStep[];
  /** zh-CN summary shown to the approver and the applicant */
  summary: string;
  evaluatedMs: number;
}

/** null = the item has no published rules: the application follows the human workflow. */
export type AutoDecider = (input: AutoDecisionInput) => Promise<AutoDecision | null>;
