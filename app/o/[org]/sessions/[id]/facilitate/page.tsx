import { Check, FileText, Hourglass } from 'lucide-react';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { MarkdownContent } from '@/components/knowledge/markdown-content';
import { SaveOutputsArtifactForm } from '@/components/knowledge/save-outputs-artifact-form';
import { PhaseCountdown } from '@/components/sessions/phase-countdown';
import { PhaseOutputsEditor } from '@/components/sessions/phase-outputs-editor';
import { PhasePlanForm } from '@/components/sessions/phase-plan-form';
import { PhaseRunButton } from '@/components/sessions/phase-run-button';
import { SessionsTabs } from '@/components/sessions/sessions-tabs';
import { BackLink } from '@/components/ui/back-link';
import { Badge } from '@/components/ui/badge';
import { ButtonLink } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { requireTenant } from '@/lib/auth/session';
import { DomainError } from '@/lib/errors';
import { renderMarkdown } from '@/lib/knowledge';
import { PHASE_OUTPUTS_MAX, getFacilitation, type FacilitationPhase, type PhaseState } from '@/lib/sessions';
import { previewMarkdownAction } from '../artifacts/actions';
import { completePhaseAction, saveDesignOutputsAction, savePhaseOutputsAction, startPhaseAction, updatePhasePlanAction } from './actions';

export const metadata: Metadata = { title: 'Design-thinking phases' };

async function load(org: string, id: string) {
  const ctx = await requireTenant(org);
  try {
    return { ctx, view: await getFacilitation(ctx, id) };
  } catch (error) {
    if (error instanceof DomainError && error.code === 'NOT_FOUND') notFound();
    throw error;
  }
}

const STATE_BADGE: Record<PhaseState, { label: string; tone: 'slate' | 'brand' | 'green' }> = {
  UPCOMING: { label: 'Not started', tone: 'slate' },
  RUNNING: { label: 'Running', tone: 'brand' },
  DONE: { label: 'Done', tone: 'green' },
};

export default async function FacilitatePage({ params }: { params: Promise<{ org: string; id: string }> }) {
  const { org, id } = await params;
  const { ctx, view } = await load(org, id);
  const { session, phases, can } = view;
  const base = `/o/${ctx.orgSlug}/sessions/${session.id}`;
  const zone = view.viewerTimeZone;
  const day = new Intl.DateTimeFormat('en-US', { weekday: 'short', month: 'short', day: 'numeric', year: 'numeric', timeZone: zone });
  const time = new Intl.DateTimeFormat('en-US', { hour: 'numeric', minute: '2-digit', timeZone: zone });
  const running = phases.find((p) => p.state === 'RUNNING') ?? null;
  const next = running ? phases.find((p) => p.position === running.position + 1) : phases.find((p) => p.state === 'UPCOMING');
  const hostIsMe = session.host.id === ctx.employeeId;
  const over = session.endsAt <= new Date();
  const common = { orgSlug: ctx.orgSlug, sessionId: session.id };

  const timing = (p: FacilitationPhase) =>
    [p.startedAt && `Started ${time.format(p.startedAt)}`, p.completedAt && `completed ${time.format(p.completedAt)}`].filter(Boolean).join(' · ');

  return (
    <>
      <SessionsTabs orgSlug={ctx.orgSlug} current={null} />
      <BackLink href={base}>{session.title}</BackLink>
      <PageHeader
        title="Design-thinking phases"
        description={`${session.title} · ${day.format(session.startsAt)} · ${time.format(session.startsAt)} · hosted by ${hostIsMe ? 'you' : session.host.name}`}
        actions={
          <ButtonLink href={`${base}/artifacts`} variant="secondary">
            <FileText aria-hidden className="size-4" /> Notes & artifacts
          </ButtonLink>
        }
      />

      {session.status === 'CANCELED' ? (
        <p className="mb-6 rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">This session was canceled, so its phases are read-only.</p>
      ) : (
        !can.run && <p className="mb-6 text-sm text-slate-600">The host runs the clock and the plan; you can record outputs in every phase, during the session or after it.</p>
      )}

      <nav aria-label="Phases" className="mb-6">
        <ol className="grid grid-cols-5 gap-1.5 sm:gap-2">
          {phases.map((p) => (
            <li key={p.phase}>
              <a
                href={`#phase-${p.phase}`}
                aria-current={p.state === 'RUNNING' ? 'step' : undefined}
                className={`flex h-full flex-col items-center gap-1 rounded-md border px-1 py-2 text-center focus-visible:outline-2 focus-visible:outline-brand-600 sm:flex-row sm:gap-2 sm:px-3 sm:text-left ${
                  p.state === 'RUNNING' ? 'border-brand-600 bg-brand-50' : 'border-slate-200 bg-white hover:bg-slate-50'
                }`}
              >
                <span
                  aria-hidden
                  className={`flex size-6 shrink-0 items-center justify-center rounded-full text-xs font-semibold ${
                    p.state === 'DONE' ? 'bg-emerald-600 text-white' : p.state === 'RUNNING' ? 'bg-brand-600 text-white' : 'bg-slate-100 text-slate-700'
                  }`}
                >
                  {p.state === 'DONE' ? <Check className="size-3.5" /> : p.position}
                </span>
                <span className="flex min-w-0 flex-col">
                  <span className={`truncate text-xs font-medium sm:text-sm ${p.state === 'RUNNING' ? 'text-brand-700' : 'text-slate-900'}`}>{p.label}</span>
                  <span className="text-xs text-slate-600">
                    {p.timeboxMinutes} min<span className="sr-only">, {STATE_BADGE[p.state].label.toLowerCase()}</span>
                  </span>
                </span>
              </a>
            </li>
          ))}
        </ol>
      </nav>

      <Card className={`mb-6 ${running ? 'border-brand-600' : ''}`}>
        {running ? (
          <div className="flex flex-col gap-4" data-testid="current-phase">
            <div className="flex flex-col gap-4 sm:flex-row sm:items-start sm:justify-between">
              <div className="min-w-0">
                <p className="text-xs font-medium uppercase tracking-wide text-brand-700">Now</p>
                <h2 className="text-lg font-semibold text-slate-900">
                  {running.position}. {running.label}
                </h2>
                <p className="mt-1 max-w-2xl whitespace-pre-line text-sm text-slate-700">{running.prompt}</p>
              </div>
              <div className="w-full shrink-0 sm:w-56">
                <PhaseCountdown startedAt={running.startedAt!.toISOString()} timeboxMinutes={running.timeboxMinutes} serverNow={new Date().toISOString()} />
              </div>
            </div>
            {can.run && (
              <div className="flex flex-wrap gap-2">
                {next && <PhaseRunButton {...common} phase={next.phase} label={`Start ${next.label}`} intent="start" action={startPhaseAction} />}
                <PhaseRunButton {...common} phase={running.phase} label={`Complete ${running.label}`} intent="complete" variant={next ? 'secondary' : 'primary'} action={completePhaseAction} />
              </div>
            )}
          </div>
        ) : (
          <div className="flex flex-col gap-3 sm:flex-row sm:items-center sm:justify-between" data-testid="current-phase">
            <div className="flex items-start gap-3">
              <Hourglass aria-hidden className="mt-0.5 size-5 shrink-0 text-slate-400" />
              <div>
                <h2 className="text-base font-semibold text-slate-900">{over ? 'The scheduled time is over' : next ? 'No phase is running' : 'All five phases are done'}</h2>
                <p className="mt-0.5 text-sm text-slate-600">
                  {over
                    ? 'You can still record outputs below and save them as an artifact.'
                    : next
                      ? can.run
                        ? `Start ${next.label} when the group is ready; its ${next.timeboxMinutes}-minute clock starts then.`
                        : 'The host starts each phase; its prompt and clock show here.'
                      : 'Save the outputs as an artifact below so they stay with the session.'}
                </p>
              </div>
            </div>
            {can.run && next && <PhaseRunButton {...common} phase={next.phase} label={`Start ${next.label}`} intent="start" action={startPhaseAction} />}
          </div>
        )}
      </Card>

      <ol className="flex flex-col gap-4">
        {phases.map((p) => (
          <li key={p.phase} id={`phase-${p.phase}`} className="scroll-mt-4">
            <section aria-labelledby={`phase-${p.phase}-title`} className={`rounded-lg border bg-white p-4 shadow-xs sm:p-5 ${p.state === 'RUNNING' ? 'border-brand-600' : 'border-slate-200'}`}>
              <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
                <h2 id={`phase-${p.phase}-title`} className="text-base font-semibold text-slate-900">
                  {p.position}. {p.label}
                </h2>
                <Badge tone={STATE_BADGE[p.state].tone}>{STATE_BADGE[p.state].label}</Badge>
                <span className="text-sm text-slate-600">{p.timeboxMinutes} min</span>
                {timing(p) && (
                  <span className="basis-full text-sm text-slate-500 sm:basis-auto">
                    <span aria-hidden className="hidden sm:inline">
                      ·{' '}
                    </span>
                    {timing(p)}
                  </span>
                )}
              </div>
              <p className="mt-2 whitespace-pre-line text-sm text-slate-700">{p.prompt}</p>
              {can.run && (
                <div className="mt-3 flex flex-col gap-3">
                  {/* The running phase's controls are in the "Now" panel above. */}
                  {p.state !== 'RUNNING' && (
                    <div className="flex flex-wrap gap-2">
                      <PhaseRunButton {...common} phase={p.phase} label={p.state === 'DONE' ? `Restart ${p.label}` : `Start ${p.label}`} intent="start" variant="secondary" action={startPhaseAction} />
                    </div>
                  )}
                  <PhasePlanForm {...common} phase={p.phase} label={p.label} timeboxMinutes={p.timeboxMinutes} prompt={p.prompt} action={updatePhasePlanAction} />
                </div>
              )}
              <div className="mt-4 border-t border-slate-100 pt-4">
                {can.editOutputs ? (
                  <PhaseOutputsEditor
                    {...common}
                    phase={p.phase}
                    label={p.label}
                    outputs={p.outputs}
                    updatedAt={p.updatedAt.toISOString()}
                    maxLength={PHASE_OUTPUTS_MAX}
                    timeZone={zone}
                    rows={p.state === 'RUNNING' ? 8 : 4}
                    outputsHtml={p.state !== 'RUNNING' && p.outputs.trim() ? renderMarkdown(p.outputs, `${p.phase.toLowerCase()}-`) : undefined}
                    action={savePhaseOutputsAction}
                    previewAction={previewMarkdownAction}
                  />
                ) : (
                  <>
                    <h3 className="mb-2 text-sm font-medium text-slate-800">Outputs</h3>
                    {p.outputs.trim() ? <MarkdownContent html={renderMarkdown(p.outputs, `${p.phase.toLowerCase()}-`)} /> : <p className="text-sm text-slate-500">Nothing recorded.</p>}
                  </>
                )}
              </div>
            </section>
          </li>
        ))}
      </ol>

      {can.editOutputs && (
        <Card title="Keep the outputs" description="Compile the five phases’ outputs into one document with the session’s notes and links. Saving again brings it up to date." className="mt-6">
          <SaveOutputsArtifactForm {...common} artifactsHref={`${base}/artifacts`} action={saveDesignOutputsAction} />
        </Card>
      )}
    </>
  );
}
