using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OpenGov.Core.CoCreation;
using OpenGov.Core.Common;
using OpenGov.Web.Authorization;
using OpenGov.Web.Data;
using OpenGov.Web.Infrastructure.Paging;
using OpenGov.Web.Resources;

namespace OpenGov.Web.Features.Admin.AdminProposals;

[Authorize(Policy = Policies.Administer)]
public sealed class AdminProposalsController(AppDbContext db, IStringLocalizer<SharedResource> t, ILogger<AdminProposalsController> logger) : Controller
{
    private const string MoveForm = "Move";

    [HttpGet("/admin/proposals")]
    public async Task<IActionResult> Index(int? planId, ProposalStage? stage, string? q, int page = 1, CancellationToken cancellationToken = default)
    {
        var query = db.Proposals.AsNoTracking();
        if (planId is not null)
        {
            query = query.Where(p => p.ActionPlanId == planId);
        }

        if (stage is not null)
        {
            query = query.Where(p => p.Stage == stage);
        }

        if (!string.IsNullOrWhiteSpace(q))
        {
            var pattern = AdminSearch.Contains(q);
            var escape = AdminSearch.Escape.ToString();
            query = query.Where(p => EF.Functions.ILike(p.Text, pattern, escape)
                || (p.Organization != null && EF.Functions.ILike(p.Organization, pattern, escape))
                || (p.ThematicAxis != null && EF.Functions.ILike(p.ThematicAxis, pattern, escape)));
        }

        var proposals = await query
            .Join(db.ActionPlans, p => p.ActionPlanId, plan => plan.Id, (p, plan) => new { p, plan })
            .OrderBy(x => x.plan.Jurisdiction!.Name).ThenBy(x => x.plan.Number).ThenBy(x => x.p.Id)
            .Select(x => new ProposalListItem(x.p.Id, x.p.Text, x.plan.Jurisdiction!.Name + " · " + x.plan.Title, x.p.Source, x.p.Stage, x.p.Organization))
            .ToPagedListAsync(page, cancellationToken: cancellationToken);
        return View(new ProposalIndexViewModel(proposals, q, planId, stage, await db.PlanOptionsAsync(cancellationToken)));
    }

    [HttpGet("/admin/plans/{planId:int}/proposals/new")]
    public async Task<IActionResult> Create(int planId, CancellationToken cancellationToken) =>
        await db.ActionPlans.AnyAsync(p => p.Id == planId, cancellationToken)
            ? await FormAsync(new ProposalEditViewModel { PlanId = planId }, cancellationToken)
            : NotFound();

    [HttpPost("/admin/plans/{planId:int}/proposals/new")]
    public async Task<IActionResult> Create(int planId, ProposalEditViewModel model, CancellationToken cancellationToken)
    {
        if (!await db.ActionPlans.AnyAsync(p => p.Id == planId, cancellationToken))
        {
            return NotFound();
        }

        model.PlanId = planId;
        await ValidateAsync(model, cancellationToken);
        if (!ModelState.IsValid)
        {
            return await FormAsync(model, cancellationToken);
        }

        var proposal = new Proposal { ActionPlanId = planId, Text = model.Text.Trim() };
        Apply(model, proposal);
        db.Proposals.Add(proposal);
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Created proposal {ProposalId} in plan {PlanId}", proposal.Id, planId);
        TempData["StatusMessage"] = t["Se registró la propuesta {0}. Su etapa es «Recibida».", proposal.Id].Value;
        return RedirectToAction(nameof(Edit), new { id = proposal.Id });
    }

    [HttpGet("/admin/proposals/{id:int}/edit")]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken)
    {
        var proposal = await db.Proposals.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (proposal is null)
        {
            return NotFound();
        }

        var model = ToModel(proposal);
        model.Move = new ProposalStageInputModel
        {
            Stage = proposal.Stage, Reason = proposal.Reason, MergedIntoProposalId = proposal.MergedIntoProposalId,
            CommitmentId = proposal.CommitmentId, Version = proposal.Version,
        };
        return await FormAsync(model, cancellationToken, proposal);
    }

    [HttpPost("/admin/proposals/{id:int}/edit")]
    public async Task<IActionResult> Edit(int id, ProposalEditViewModel model, CancellationToken cancellationToken)
    {
        var proposal = await db.Proposals.SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (proposal is null)
        {
            return NotFound();
        }

        model.Id = id;
        model.PlanId = proposal.ActionPlanId;
        model.Move = MoveOf(proposal);
        await ValidateAsync(model, cancellationToken);
        if (!ModelState.IsValid)
        {
            return await FormAsync(model, cancellationToken, proposal);
        }

        db.ExpectVersion(proposal, model.Version);
        proposal.Text = model.Text.Trim();
        Apply(model, proposal);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            logger.LogInformation("Concurrent edit of proposal {ProposalId} refused", id);
            return await ConflictAsync(id, model, cancellationToken);
        }

        TempData["StatusMessage"] = t["Se guardaron los cambios de la propuesta {0}.", id].Value;
        return RedirectToAction(nameof(Edit), new { id });
    }

    /// <summary>
    /// Moves the proposal along the funnel. The answer must be reasoned (OGP Co-Creation Standard 4): the
    /// entity refuses a merge or a rejection without a reason; links only go to the same plan's records.
    /// </summary>
    [HttpPost("/admin/proposals/{id:int}/stage")]
    public async Task<IActionResult> Move(int id, [Bind(Prefix = MoveForm)] ProposalStageInputModel input, CancellationToken cancellationToken)
    {
        var proposal = await db.Proposals.SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (proposal is null)
        {
            return NotFound();
        }

        if (ModelState.IsValid)
        {
            await ValidateMoveAsync(proposal, input, cancellationToken);
        }

        if (ModelState.IsValid)
        {
            try
            {
                proposal.MoveTo(input.Stage, input.Reason, input.MergedIntoProposalId, input.CommitmentId);
            }
            catch (DomainException exception)
            {
                ModelState.AddDomainError(exception, t, $"{MoveForm}.{nameof(input.Stage)}");
            }
        }

        if (ModelState.IsValid)
        {
            db.ExpectVersion(proposal, input.Version);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                logger.LogInformation("Moved proposal {ProposalId} to {Stage}", id, input.Stage);
                TempData["StatusMessage"] = t["La propuesta {0} pasó a la etapa «{1}».", id, t[CoCreation.CoCreationLabels.Of(input.Stage)].Value].Value;
                return RedirectToAction(nameof(Edit), new { id });
            }
            catch (DbUpdateConcurrencyException)
            {
                ModelState.AddModelError(string.Empty, t[AdminText.Conflict]);
                db.ChangeTracker.Clear();
                proposal = await db.Proposals.AsNoTracking().SingleAsync(p => p.Id == id, cancellationToken);
                ModelState.Remove($"{MoveForm}.{nameof(input.Version)}");
                input.Version = proposal.Version;
            }
        }
        else
        {
            // Nothing of the refused move is kept: the page shows the stage as it is saved.
            db.ChangeTracker.Clear();
            proposal = await db.Proposals.AsNoTracking().SingleAsync(p => p.Id == id, cancellationToken);
        }

        var model = ToModel(proposal);
        model.Move = input;
        return await FormAsync(model, cancellationToken, proposal);
    }

    private async Task ValidateAsync(ProposalEditViewModel model, CancellationToken cancellationToken)
    {
        if (model.WorkshopId is { } workshopId)
        {
            if (model.Source != ProposalSource.Workshop)
            {
                ModelState.AddModelError(nameof(model.WorkshopId), t["Elija un taller solo si la propuesta vino de un taller."]);
            }
            else if (!await db.Workshops.AnyAsync(w => w.Id == workshopId && w.ActionPlanId == model.PlanId, cancellationToken))
            {
                ModelState.AddModelError(nameof(model.WorkshopId), t["Elija un taller de este plan de acción."]);
            }
        }
    }

    private async Task ValidateMoveAsync(Proposal proposal, ProposalStageInputModel input, CancellationToken cancellationToken)
    {
        if (Proposal.NeedsReason(input.Stage) && string.IsNullOrWhiteSpace(input.Reason))
        {
            ModelState.AddModelError($"{MoveForm}.{nameof(input.Reason)}", t["Indique el motivo: toda propuesta fusionada o descartada debe explicar por qué."]);
        }

        if (input.Stage == ProposalStage.Merged && input.MergedIntoProposalId is null)
        {
            ModelState.AddModelError($"{MoveForm}.{nameof(input.MergedIntoProposalId)}", t["Indique la propuesta con la que se fusionó."]);
        }

        if (input.MergedIntoProposalId is { } intoId
            && (intoId == proposal.Id || !await db.Proposals.AnyAsync(p => p.Id == intoId && p.ActionPlanId == proposal.ActionPlanId, cancellationToken)))
        {
            ModelState.AddModelError($"{MoveForm}.{nameof(input.MergedIntoProposalId)}", t["Elija otra propuesta del mismo plan de acción."]);
        }

        if (input.CommitmentId is { } commitmentId
            && !await db.Commitments.AnyAsync(c => c.Id == commitmentId && c.ActionPlanId == proposal.ActionPlanId, cancellationToken))
        {
            ModelState.AddModelError($"{MoveForm}.{nameof(input.CommitmentId)}", t["Elija un compromiso de este plan de acción."]);
        }
    }

    private static void Apply(ProposalEditViewModel model, Proposal proposal)
    {
        proposal.Source = model.Source;
        proposal.WorkshopId = model.Source == ProposalSource.Workshop ? model.WorkshopId : null;
        proposal.Problem = Clean(model.Problem);
        proposal.Organization = Clean(model.Organization);
        proposal.ThematicAxis = Clean(model.ThematicAxis);
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static ProposalEditViewModel ToModel(Proposal p) => new()
    {
        Id = p.Id, PlanId = p.ActionPlanId, Source = p.Source, WorkshopId = p.WorkshopId, Text = p.Text, Problem = p.Problem,
        Organization = p.Organization, ThematicAxis = p.ThematicAxis, Version = p.Version,
    };

    private static ProposalStageInputModel MoveOf(Proposal p) => new()
    {
        Stage = p.Stage, Reason = p.Reason, MergedIntoProposalId = p.MergedIntoProposalId, CommitmentId = p.CommitmentId, Version = p.Version,
    };

    private async Task<IActionResult> FormAsync(ProposalEditViewModel model, CancellationToken cancellationToken, Proposal? saved = null)
    {
        var plan = await db.ActionPlans.AsNoTracking().Where(p => p.Id == model.PlanId)
            .Select(p => new { p.Title, p.Number, p.Jurisdiction!.Slug, Jurisdiction = p.Jurisdiction.Name }).SingleAsync(cancellationToken);
        model.PlanTitle = $"{plan.Jurisdiction} · {plan.Title}";
        model.Workshops = await db.Workshops.AsNoTracking().Where(w => w.ActionPlanId == model.PlanId)
            .OrderBy(w => w.HeldOn).ThenBy(w => w.Title).Select(w => new AdminOption(w.Id, w.Title, null)).ToListAsync(cancellationToken);
        if (saved is not null)
        {
            model.Stage = saved.Stage;
            model.Reason = saved.Reason;
            model.MergedIntoProposalId = saved.MergedIntoProposalId;
            model.CommitmentLabel = saved.CommitmentId is { } commitmentId
                ? await db.Commitments.AsNoTracking().Where(c => c.Id == commitmentId).Select(c => c.Code + " · " + c.Title).SingleOrDefaultAsync(cancellationToken)
                : null;
            model.PublicLedgerUrl = Url.Action("Proposals", "CoCreation", new { slug = plan.Slug, number = plan.Number });
            model.OtherProposals = await db.Proposals.AsNoTracking().Where(p => p.ActionPlanId == model.PlanId && p.Id != saved.Id)
                .OrderBy(p => p.Id).Select(p => new AdminOption(p.Id, p.Text.Length > 80 ? p.Text.Substring(0, 80) + "…" : p.Text, null))
                .ToListAsync(cancellationToken);
            model.Commitments = await db.Commitments.AsNoTracking().Where(c => c.ActionPlanId == model.PlanId)
                .OrderBy(c => c.Number).ThenBy(c => c.Code).Select(c => new AdminOption(c.Id, c.Code + " · " + c.Title, null))
                .ToListAsync(cancellationToken);
        }

        return View("Edit", model);
    }

    private async Task<IActionResult> ConflictAsync(int id, ProposalEditViewModel model, CancellationToken cancellationToken)
    {
        ModelState.AddModelError(string.Empty, t[AdminText.Conflict]);
        db.ChangeTracker.Clear();
        var current = await db.Proposals.AsNoTracking().SingleAsync(p => p.Id == id, cancellationToken);

        // The next save is a deliberate overwrite of what the user has now seen.
        ModelState.Remove(nameof(model.Version));
        model.Version = current.Version;
        model.Move = MoveOf(current);
        return await FormAsync(model, cancellationToken, current);
    }
}
