using Reader.Core.Alignment.Features;
using Reader.Core.Alignment.Scoring;

namespace Reader.Core.Alignment.Engine;

/// <summary>One unit placed against a pivot span, with the evidence that placed it there.</summary>
internal sealed record Attachment(UnitProfile Unit, PivotSpan Span, PairEvidence Evidence, string How);
