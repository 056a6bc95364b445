import type { z } from 'zod';
import type * as schema from '../../../server/modules/support/support.schema.ts';

/** Shapes of the support API; `src/server/modules/support/support.schema.ts` is the source. */
export type SupportItem = z.infer<typeof schema.listItem>;
export type SupportDetail = z.infer<typeof schema.detail>;
export type SupportAction = SupportDetail['actions'][number];
export type SupportService = SupportDetail['services'][number];
export type SupportFollowUp = SupportDetail['followUps'][number];
export type SupportPage = { total: number; items: SupportItem[] };
export type SupportStaff = z.infer<typeof schema.staffItem>;
export type OverdueFollowUp = z.infer<typeof schema.overdueItem>;
export type CreateSupportInput = z.input<typeof schema.createBody>;
export type AssessmentInput = z.input<typeof schema.assessmentBody>;
export type ConsentInput = z.input<typeof schema.consentBody>;
export type GoalInput = z.input<typeof schema.goalBody>;
export type PlacementInput = z.input<typeof schema.placementBody>;
export type ServiceInput = z.input<typeof schema.serviceBody>;
export type FollowUpInput = z.input<typeof schema.followUpBody>;
