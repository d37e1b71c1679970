namespace Reader.Core.Alignment.Engine;

/// <summary>A run of consecutive pivot units <c>[First, Last]</c> that one unit of another version was aligned to.</summary>
internal readonly record struct PivotSpan(int First, int Last)
{
    public int Length => Last - First + 1;
}
