using Reader.Site.Pipeline;
using Reader.Site.Search;

namespace Reader.Site.Modules;

/// <summary>Exports the static search index as a script when the model carries the search analysis.</summary>
public sealed class SearchData : IModule
{
    public const string Destination = "assets/search-index.js";

    public IReadOnlyList<SiteDocument> Execute(IReadOnlyList<SiteDocument> inputs, SiteContext context)
    {
        if (context.Model.Analysis is null)
        {
            return inputs;
        }
        var index = StaticSearchExport.Build(context.Lookup, context.Model.Analysis);
        return [.. inputs, new SiteDocument(Destination, StaticSearchExport.ToScript(index), MediaTypes.JavaScript)];
    }
}
