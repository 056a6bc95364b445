import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Ctx } from '../../context.ts';
import { authOf } from '../../platform/policy.ts';
import { getInvestigation } from './investigation-detail.ts';
import { addPerson, recordArrest, recordRescue, updateProfile } from './investigation-people.service.ts';
import type { Viewer } from './investigation-scope.ts';
import {
  addAgency,
  addEvidence,
  addLiaison,
  addNote,
  addTask,
  setTaskDone,
  transferEvidence,
} from './investigation-work.service.ts';
import * as schema from './investigations.schema.ts';
import {
  assignees,
  changeStatus,
  createInvestigation,
  linkReport,
  listInvestigations,
  lookBeyondScope,
  setTeam,
  updateInvestigation,
} from './investigations.service.ts';

/** Investigations: list and detail in the viewer's scope, and every change an investigator makes. */
export const investigationsRoutes =
  (ctx: Ctx): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['investigations'];
    const read = { access: 'investigations:read' } as const;
    const write = { access: 'investigations:write' } as const;
    const viewerOf = (request: FastifyRequest): Viewer => {
      const auth = authOf(request);
      return { userId: auth.session.user.id, officeCode: auth.session.user.officeCode, permissions: auth.permissions };
    };
    const params = schema.investigationParams;
    const detail = { 200: schema.detail };

    app.get(
      '/api/investigations',
      {
        config: read,
        schema: {
          tags,
          querystring: schema.listQuery,
          response: { 200: z.object({ total: z.number(), items: z.array(schema.listItem) }) },
        },
      },
      async (request) => listInvestigations(ctx, viewerOf(request), request.query),
    );
    app.post(
      '/api/investigations/look',
      {
        config: read,
        schema: {
          tags,
          body: schema.lookBody,
          response: { 200: z.object({ id: z.string(), granted: z.boolean() }) },
        },
      },
      async (request) => lookBeyondScope(ctx, viewerOf(request), request.body),
    );
    app.get(
      '/api/investigations/assignees',
      {
        config: write,
        schema: {
          tags,
          querystring: schema.assigneesQuery,
          response: {
            200: z.object({ items: z.array(z.object({ id: z.string(), name: z.string(), officeCode: z.string() })) }),
          },
        },
      },
      async (request) => assignees(ctx, request.query.office),
    );
    app.post(
      '/api/investigations',
      {
        config: write,
        schema: {
          tags,
          body: schema.createBody,
          response: { 201: z.object({ id: z.string(), number: z.number() }) },
        },
      },
      async (request, reply) => reply.status(201).send(await createInvestigation(ctx, viewerOf(request), request.body)),
    );
    app.get('/api/investigations/:id', { config: read, schema: { tags, params, response: detail } }, async (request) =>
      getInvestigation(ctx, viewerOf(request), request.params.id),
    );
    app.patch(
      '/api/investigations/:id',
      { config: write, schema: { tags, params, body: schema.patchBody, response: detail } },
      async (request) => updateInvestigation(ctx, viewerOf(request), request.params.id, request.body),
    );
    app.post(
      '/api/investigations/:id/status',
      { config: write, schema: { tags, params, body: schema.statusBody, response: detail } },
      async (request) => changeStatus(ctx, viewerOf(request), request.params.id, request.body),
    );
    app.put(
      '/api/investigations/:id/team',
      { config: write, schema: { tags, params, body: schema.teamBody, response: detail } },
      async (request) => setTeam(ctx, viewerOf(request), request.params.id, request.body.memberIds),
    );
    app.post(
      '/api/investigations/:id/reports',
      { config: write, schema: { tags, params, body: schema.linkReportBody, response: detail } },
      async (request) => linkReport(ctx, viewerOf(request), request.params.id, request.body.trackingCode),
    );
    // Every change answers the whole investigation again, as the page shows it.
    app.post(
      '/api/investigations/:id/people',
      { config: write, schema: { tags, params, body: schema.addPersonBody, response: detail } },
      async (request) => addPerson(ctx, viewerOf(request), request.params.id, request.body),
    );
    app.post(
      '/api/investigations/:id/arrests',
      { config: write, schema: { tags, params, body: schema.arrestBody, response: detail } },
      async (request) => recordArrest(ctx, viewerOf(request), request.params.id, request.body),
    );
    app.post(
      '/api/investigations/:id/rescues',
      { config: write, schema: { tags, params, body: schema.rescueBody, response: detail } },
      async (request) => recordRescue(ctx, viewerOf(request), request.params.id, request.body),
    );
    // The working record: notes, tasks, evidence and custody, agencies and liaison.
    app.post(
      '/api/investigations/:id/notes',
      { config: write, schema: { tags, params, body: schema.noteBody, response: detail } },
      async (request) => addNote(ctx, viewerOf(request), request.params.id, request.body.body),
    );
    app.post(
      '/api/investigations/:id/tasks',
      { config: write, schema: { tags, params, body: schema.taskBody, response: detail } },
      async (request) => addTask(ctx, viewerOf(request), request.params.id, request.body),
    );
    app.put(
      '/api/investigations/:id/tasks/:taskId/done',
      { config: write, schema: { tags, params: schema.taskParams, body: schema.taskDoneBody, response: detail } },
      async (request) => {
        const { id, taskId } = request.params;
        return setTaskDone(ctx, viewerOf(request), id, taskId, request.body.done);
      },
    );
    app.post(
      '/api/investigations/:id/evidence',
      { config: write, schema: { tags, params, body: schema.evidenceBody, response: detail } },
      async (request) => addEvidence(ctx, viewerOf(request), request.params.id, request.body),
    );
    app.post(
      '/api/investigations/:id/evidence/:evidenceId/transfers',
      { config: write, schema: { tags, params: schema.evidenceParams, body: schema.transferBody, response: detail } },
      async (request) => {
        const { id, evidenceId } = request.params;
        return transferEvidence(ctx, viewerOf(request), id, evidenceId, request.body);
      },
    );
    app.post(
      '/api/investigations/:id/agencies',
      { config: write, schema: { tags, params, body: schema.agencyBody, response: detail } },
      async (request) => addAgency(ctx, viewerOf(request), request.params.id, request.body.partnerId),
    );
    app.post(
      '/api/investigations/:id/liaison',
      { config: write, schema: { tags, params, body: schema.liaisonBody, response: detail } },
      async (request) => addLiaison(ctx, viewerOf(request), request.params.id, request.body),
    );
    app.patch(
      '/api/investigations/:id/people/:involvementId',
      { config: write, schema: { tags, params: schema.involvementParams, body: schema.profileBody, response: detail } },
      async (request) => {
        const { id, involvementId } = request.params;
        return updateProfile(ctx, viewerOf(request), id, involvementId, request.body);
      },
    );
  };
