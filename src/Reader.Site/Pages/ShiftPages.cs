namespace Reader.Site.Pages;

/// <summary>One interactive page per shift: claim cards with a language switcher, compare links and the shift's visual.</summary>
public sealed class ShiftPages : IPageSource
{
    public IEnumerable<Pipeline.SiteDocument> Pages(PageContext context)
    {
        var shifts = context.SiteView.Shifts;
        for (var i = 0; i < shifts.Count; i++)
        {
            var shift = shifts[i];
            var visualTemplate = "visuals/" + shift.Id;
            var visual = context.Site.Theme.HasTemplate(visualTemplate)
                ? context.Site.Theme.Render(visualTemplate, new Dictionary<string, object?> { ["shift"] = shift })
                : context.Site.Theme.Render("visuals/coverage", new Dictionary<string, object?> { ["shift"] = shift });
            var cards = context.Site.Lookup.GroupsIn(shift.Id).Select(context.Views.Group).ToList();
            yield return context.Page(shift.Href, "pages/shift", shift.Title, "en", "shifts", "",
                new Dictionary<string, object?>
                {
                    ["shift"] = shift,
                    ["cards"] = cards,
                    ["visual"] = visual,
                    ["previous"] = i > 0 ? shifts[i - 1] : null,
                    ["next"] = i + 1 < shifts.Count ? shifts[i + 1] : null,
                },
                "assets/shift.js", "assets/visuals.js");
        }
    }
}
