using Reader.Council;

namespace Reader.Site.Model;

/// <summary>Asks the council the curated questions at build time, for the static Ask page.</summary>
public static class PrecomputedAnswers
{
    public static async Task<IReadOnlyList<SiteAnswer>> AskAsync(ICouncil council, IEnumerable<string> questions, CancellationToken cancellationToken = default)
    {
        var answers = new List<SiteAnswer>();
        foreach (var question in questions)
        {
            var answer = await council.AskAsync(question, null, cancellationToken);
            answers.Add(new SiteAnswer(
                answer.Question,
                answer.Lang,
                answer.Answerable,
                answer.Answer,
                answer.Citations.Select(c => new SiteCitation(c.Unit, c.Quote)).ToList()));
        }
        return answers;
    }
}
